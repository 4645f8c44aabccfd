package dev.peerkit.atlas.peering.client.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies, written the way the SDK writes them: {@code AtlasObjectMapper.create()} and a
 * writer for the declared body type {@link PeeringConnectionUpdate} (as Feign's JacksonEncoder does).
 */
class GeneratedModelSerializationTest {

  private final ObjectMapper mapper = AtlasObjectMapper.create();
  private final ObjectWriter writer = mapper.writerFor(PeeringConnectionUpdate.class);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void writesProviderNameExactlyOnceUpperCaseFromTheClass(String provider) throws Exception {
    String json = writer.writeValueAsString(SpecExamples.body(provider));

    assertThat(occurrences(json, "\"providerName\"")).as("providerName in %s", json).isEqualTo(1);
    assertThat(fieldNameTokens(json, "providerName")).as("providerName tokens in %s", json).isEqualTo(1);
    JsonNode tree = strictTree(json);
    assertThat(fieldNames(tree)).filteredOn("providerName"::equals).hasSize(1);
    assertThat(tree.get("providerName").isTextual()).isTrue();
    assertThat(tree.get("providerName").textValue()).isEqualTo(provider).isUpperCase();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void writesExactlyTheSpecRequestExample(String provider) throws Exception {
    JsonNode written = strictTree(writer.writeValueAsString(SpecExamples.body(provider)));

    assertThat(written).isEqualTo(SpecExamples.request(provider));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void writesTheSameWhenSerialisedAsItsConcreteClass(String provider) throws Exception {
    PeeringConnectionUpdate body = SpecExamples.body(provider);

    assertThat(strictTree(mapper.writeValueAsString(body)))
        .isEqualTo(strictTree(writer.writeValueAsString(body)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void carriesNoReadOnlyField(String provider) throws Exception {
    JsonNode tree = strictTree(writer.writeValueAsString(SpecExamples.body(provider)));

    assertThat(fieldNames(tree)).doesNotContain(SpecExamples.READ_ONLY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void unsetOptionalFieldsAreLeftOutNotWrittenAsNull(String provider) throws Exception {
    String json = writer.writeValueAsString(SpecExamples.containerIdOnly(provider));

    JsonNode tree = strictTree(json);
    assertThat(fieldNames(tree)).containsExactlyInAnyOrder("containerId", "providerName");
    assertThat(tree.get("providerName").textValue()).isEqualTo(provider);
    assertThat(json).doesNotContain("null");
  }

  @Test
  void explicitNullAccepterRegionNameIsWrittenAsNull() throws Exception {
    // Atlas reads a null accepterRegionName as "same region as the Atlas VPC": it must go out.
    AwsPeeringConnectionUpdate body = new AwsPeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7b8")
        .accepterRegionName(null);

    JsonNode tree = strictTree(writer.writeValueAsString(body));

    assertThat(fieldNames(tree)).containsExactlyInAnyOrder("containerId", "providerName", "accepterRegionName");
    assertThat(tree.get("accepterRegionName").isNull()).isTrue();
  }

  @Test
  void setAccepterRegionNameIsWrittenAsAPlainString() throws Exception {
    JsonNode tree = strictTree(writer.writeValueAsString(SpecExamples.aws()));

    assertThat(tree.get("accepterRegionName").isTextual()).isTrue();
    assertThat(tree.get("accepterRegionName").textValue()).isEqualTo("us-east-1");
  }

  @Test
  void aWrongProviderNameSetByHandIsIgnoredAndTheClassDecides() throws Exception {
    // The trap of disableDiscriminatorJsonIgnoreProperties=true: a set providerName goes out as-is.
    AwsPeeringConnectionUpdate body = SpecExamples.aws()
        .providerName(AwsPeeringConnectionUpdate.ProviderNameEnum.UNKNOWN_DEFAULT_OPEN_API);

    String json = writer.writeValueAsString(body);

    assertThat(occurrences(json, "\"providerName\"")).isEqualTo(1);
    assertThat(strictTree(json).get("providerName").textValue()).isEqualTo("AWS");
    assertThat(json).doesNotContain("unknown_default_open_api");
  }

  @Test
  void plainObjectMapperWritesNullsForUnsetFieldsWhichIsWhyTheSdkMapperMatters() throws Exception {
    ObjectMapper plain = new ObjectMapper();

    String json = plain.writerFor(PeeringConnectionUpdate.class)
        .writeValueAsString(SpecExamples.containerIdOnly("AWS"));

    JsonNode tree = strictTree(json);
    assertThat(tree.get("awsAccountId")).isNotNull();
    assertThat(tree.get("awsAccountId").isNull()).isTrue();
    assertThat(tree.get("routeTableCidrBlock").isNull()).isTrue();
    assertThat(tree.get("vpcId").isNull()).isTrue();
    // Without JsonNullableModule the unset accepterRegionName even goes out as a bean dump of
    // JsonNullable ({"present":false,"undefined":true}), not as a string, null or nothing.
    assertThat(tree.get("accepterRegionName").isObject()).isTrue();
    assertThat(fieldNames(tree)).hasSizeGreaterThan(2);
    // ...while the SDK mapper sends only what was set.
    assertThat(fieldNames(strictTree(writer.writeValueAsString(SpecExamples.containerIdOnly("AWS")))))
        .containsExactlyInAnyOrder("containerId", "providerName");
  }

  private static int occurrences(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  /** Counts FIELD_NAME tokens with the name, at any depth, without building a tree (which would merge duplicates). */
  private int fieldNameTokens(String json, String name) throws Exception {
    int count = 0;
    try (JsonParser parser = mapper.getFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME && name.equals(parser.currentName())) {
          count++;
        }
      }
    }
    return count;
  }

  /** Parses with duplicate-key detection on, so a doubled key fails instead of being merged. */
  private JsonNode strictTree(String json) throws Exception {
    return mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(json);
  }

  private static List<String> fieldNames(JsonNode tree) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      names.add(e.getKey());
    }
    return names;
  }
}
