package dev.peerkit.atlas.peering.client.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oneOf trap: with the generator's defaults, {@code oneOf} + discriminator becomes one merged
 * class holding every provider's fields. This build must instead produce an interface per oneOf
 * with exactly one class per provider, each holding only its own provider's fields.
 */
class GeneratedOneOfShapeTest {

  private static final SpecDocument SPEC = SpecDocument.get();

  @Test
  void requestAndResponseOneOfsAreInterfacesNotMergedClasses() {
    assertThat(PeeringConnectionUpdate.class.isInterface()).as("PeeringConnectionUpdate is an interface").isTrue();
    assertThat(PeeringConnection.class.isInterface()).as("PeeringConnection is an interface").isTrue();
  }

  @Test
  void requestInterfaceHasExactlyTheThreeProviderImplementations() {
    assertThat(implementationsOf(PeeringConnectionUpdate.class)).containsExactlyInAnyOrder(
        AwsPeeringConnectionUpdate.class, AzurePeeringConnectionUpdate.class, GcpPeeringConnectionUpdate.class);
  }

  @Test
  void responseInterfaceHasExactlyTheThreeProviderImplementations() {
    assertThat(implementationsOf(PeeringConnection.class)).containsExactlyInAnyOrder(
        AwsPeeringConnection.class, AzurePeeringConnection.class, GcpPeeringConnection.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PeeringConnectionUpdate", "PeeringConnection"})
  void jacksonSubtypesFollowTheSpecDiscriminatorMapping(String oneOf) throws Exception {
    Class<?> type = Class.forName(GeneratedModelClasses.PACKAGE + "." + oneOf);

    JsonTypeInfo typeInfo = type.getAnnotation(JsonTypeInfo.class);
    assertThat(typeInfo).as("@JsonTypeInfo on %s", oneOf).isNotNull();
    assertThat(typeInfo.use()).isEqualTo(JsonTypeInfo.Id.NAME);
    assertThat(typeInfo.include()).isEqualTo(JsonTypeInfo.As.PROPERTY);
    String discriminator = SPEC.text("components", "schemas", oneOf, "discriminator", "propertyName");
    assertThat(discriminator).isEqualTo("providerName");
    assertThat(typeInfo.property()).isEqualTo(discriminator);

    Map<String, String> specMapping = new LinkedHashMap<>();
    for (String name : SPEC.keys("components", "schemas", oneOf, "discriminator", "mapping")) {
      String ref = SPEC.text("components", "schemas", oneOf, "discriminator", "mapping", name);
      specMapping.put(name, ref.substring(ref.lastIndexOf('/') + 1));
    }
    assertThat(specMapping).containsOnlyKeys("AWS", "AZURE", "GCP");

    Map<String, String> generated = Arrays.stream(type.getAnnotation(JsonSubTypes.class).value())
        .collect(Collectors.toMap(JsonSubTypes.Type::name, t -> t.value().getSimpleName()));
    assertThat(generated).isEqualTo(specMapping);
  }

  @Test
  void oneOfInterfacesDeclareNoDiscriminatorGetter() {
    // The stock template declares "String getProviderName()", which does not compile against the
    // subtypes' enums; the override drops it, and Jackson's type info carries providerName instead.
    assertThat(PeeringConnectionUpdate.class.getDeclaredMethods()).isEmpty();
    assertThat(PeeringConnection.class.getDeclaredMethods()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AwsPeeringConnectionUpdate", "AzurePeeringConnectionUpdate", "GcpPeeringConnectionUpdate",
      "AwsPeeringConnection", "AzurePeeringConnection", "GcpPeeringConnection"})
  void eachProviderClassHasExactlyItsOwnSchemasProperties(String schema) throws Exception {
    Class<?> type = Class.forName(GeneratedModelClasses.PACKAGE + "." + schema);
    Set<String> own = new TreeSet<>(SPEC.keys("components", "schemas", schema, "properties"));

    // A read-only enum keeps the text Atlas sent beside it (<name>Raw, pojo.mustache override).
    Set<String> fields = instanceFieldNames(type);
    fields.removeIf(f -> f.endsWith("Raw") && fields.contains(f.substring(0, f.length() - 3)));
    assertThat(fields).as("instance fields of %s", schema).isEqualTo(own);
    assertThat(jsonPropertyNames(type)).as("@JsonProperty names of %s", schema).isEqualTo(own);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AwsPeeringConnectionUpdate", "AzurePeeringConnectionUpdate", "GcpPeeringConnectionUpdate"})
  void requestClassHasNoFieldOfAnotherProvider(String schema) throws Exception {
    Class<?> type = Class.forName(GeneratedModelClasses.PACKAGE + "." + schema);
    Set<String> own = new TreeSet<>(SPEC.keys("components", "schemas", schema, "properties"));
    Set<String> foreign = Stream.of("AwsPeeringConnectionUpdate", "AzurePeeringConnectionUpdate", "GcpPeeringConnectionUpdate")
        .filter(s -> !s.equals(schema))
        .flatMap(s -> SPEC.keys("components", "schemas", s, "properties").stream())
        .filter(p -> !own.contains(p))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(foreign).isNotEmpty();

    assertThat(instanceFieldNames(type)).doesNotContainAnyElementsOf(foreign);
    assertThat(jsonPropertyNames(type)).doesNotContainAnyElementsOf(foreign);
  }

  @Test
  void awsRequestClassHasNoGcpOrAzureField() {
    Set<String> aws = instanceFieldNames(AwsPeeringConnectionUpdate.class);
    assertThat(aws).contains("vpcId", "awsAccountId")
        .doesNotContain("gcpProjectId", "networkName", "azureDirectoryId", "vnetName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AwsPeeringConnectionUpdate", "AzurePeeringConnectionUpdate", "GcpPeeringConnectionUpdate",
      "AwsPeeringConnection", "AzurePeeringConnection", "GcpPeeringConnection"})
  void eachProviderClassHasItsOwnSingleValueProviderNameEnum(String schema) throws Exception {
    Class<?> type = Class.forName(GeneratedModelClasses.PACKAGE + "." + schema);
    Method getter = type.getMethod("getProviderName");
    Class<?> enumType = getter.getReturnType();
    assertThat(enumType.isEnum()).isTrue();
    assertThat(enumType.getDeclaringClass()).isEqualTo(type);

    List<String> specValues = SPEC.sequence("components", "schemas", schema, "properties", "providerName", "enum");
    assertThat(specValues).hasSize(1);
    // enumUnknownDefaultCase=true adds the catch-all constant next to the spec's single value.
    assertThat(Arrays.stream(enumType.getEnumConstants()).map(Object::toString))
        .containsExactlyInAnyOrder(specValues.get(0), "unknown_default_open_api");
  }

  private static List<Class<?>> implementationsOf(Class<?> oneOf) {
    return GeneratedModelClasses.all().stream()
        .filter(c -> c != oneOf && oneOf.isAssignableFrom(c))
        .toList();
  }

  private static Set<String> instanceFieldNames(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> jsonPropertyNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null) {
        names.add(p.value());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      if (p != null) {
        names.add(p.value());
      }
    }
    return names;
  }
}
