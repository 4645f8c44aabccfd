package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in the document is valid against its own schema. Examples are what readers copy
 * and what the simulator serves, so a wrong example is a wrong promise.
 */
class ExamplesValidateTest {

  private static final String REQUEST = "/components/schemas/PeeringConnectionUpdate";
  private static final String RESPONSE = "/components/schemas/PeeringConnection";
  private static final String OPERATION = "/paths/" + SchemaValidation.escape(AtlasPeeringSpec.PATH) + "/patch";
  private static final JsonNode DOC = SchemaValidation.document();

  /** One example: where it sits, where its schema sits, and its value. */
  record Example(String pointer, String schemaPointer, JsonNode value) {}

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
    return examples().stream()
        .map(e -> DynamicTest.dynamicTest(e.pointer().replace(OPERATION, "PATCH"),
            () -> assertThat(SchemaValidation.validate(e.schemaPointer(), e.value()))
                .as("%s is valid against %s", e.pointer(), e.schemaPointer())
                .isEmpty()));
  }

  @Test
  void theWalkFindsEveryExample() {
    // Counted by hand from the document, so the factory above cannot pass by finding nothing.
    List<Example> all = examples();
    assertThat(all).filteredOn(e -> e.pointer().contains("/requestBody/")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all).filteredOn(e -> e.pointer().contains("/responses/200/")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all).filteredOn(e -> e.pointer().startsWith("/components/responses/")).hasSizeGreaterThanOrEqualTo(7);
    // 2 path parameters, 1 header, 13 component schemas, 10 properties of component schemas.
    assertThat(all).filteredOn(e -> e.pointer().equals(e.schemaPointer() + "/example")).hasSizeGreaterThanOrEqualTo(26);
    assertThat(all).hasSizeGreaterThanOrEqualTo(39);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRequests")
  void theValidatorRejectsABrokenRequest(String change, JsonNode body, String expectedMessage) {
    Set<ValidationMessage> messages = SchemaValidation.validate(REQUEST, body);
    assertThat(messages).as(change).isNotEmpty();
    assertThat(messages).map(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains(expectedMessage));
  }

  static Stream<Arguments> brokenRequests() {
    return Stream.of(
        broken("AWS", "providerName in lower case", b -> b.put("providerName", "aws"), "discriminator"),
        broken("AWS", "read-only id sent", b -> b.put("id", "5e57a0e35c6d2b1a2c3d4e5f"), "'id' is not defined"),
        broken("AWS", "short vpcId", b -> b.put("vpcId", "vpc-123"), "/vpcId: does not match"),
        broken("AWS", "vpcId with a trailing newline", b -> b.put("vpcId", "vpc-0a1b2c3d4e5f60718\n"), "/vpcId: does not match"),
        broken("AWS", "no containerId", b -> b.remove("containerId"), "'containerId' not found"),
        broken("AWS", "AZURE provider with AWS fields", b -> b.put("providerName", "AZURE"), "'vpcId' is not defined"),
        broken("AZURE", "azureDirectoryId not a UUID", b -> b.put("azureDirectoryId", "not-a-uuid"), "/azureDirectoryId"),
        broken("GCP", "an AWS field on GCP", b -> b.put("vpcId", "vpc-0a1b2c3d4e5f60718"), "'vpcId' is not defined"));
  }

  @Test
  void theDiscriminatorPicksTheRightShape() {
    // Every request example passes only under its own providerName: the discriminator, not luck, decides.
    for (String provider : List.of("AWS", "AZURE", "GCP")) {
      for (String other : List.of("AWS", "AZURE", "GCP")) {
        ObjectNode body = requestExample(provider);
        body.put("providerName", other);
        Set<ValidationMessage> messages = SchemaValidation.validate(REQUEST, body);
        assertThat(messages.isEmpty()).as("%s body sent as %s: %s", provider, other, messages)
            .isEqualTo(provider.equals(other));
      }
    }
  }

  @Test
  void documentedResponseVariantsAreAccepted() {
    // Atlas sends null for the nullable fields.
    ObjectNode aws = responseExample("AWS");
    aws.putNull("accepterRegionName");
    assertThat(SchemaValidation.validate(RESPONSE, aws)).isEmpty();
    // The discriminator must be a required property (OpenAPI 3.0.3), so the document does not
    // allow an AWS answer without providerName, although Atlas may send one (the SDK reads it as AWS).
    ObjectNode awsWithoutProvider = responseExample("AWS");
    awsWithoutProvider.remove("providerName");
    assertThat(SchemaValidation.validate(RESPONSE, awsWithoutProvider)).isNotEmpty();
    ObjectNode azure = responseExample("AZURE").putNull("errorState");
    assertThat(SchemaValidation.validate(RESPONSE, azure)).isEmpty();
    ObjectNode gcp = responseExample("GCP").putNull("errorMessage");
    assertThat(SchemaValidation.validate(RESPONSE, gcp)).isEmpty();
    // ...but null stays wrong where the document does not allow it.
    assertThat(SchemaValidation.validate(RESPONSE, responseExample("AWS").putNull("vpcId"))).isNotEmpty();
  }

  private static Arguments broken(String provider, String change, Consumer<ObjectNode> edit, String expectedMessage) {
    ObjectNode body = requestExample(provider);
    edit.accept(body);
    return Arguments.of(provider + " request example, " + change, body, expectedMessage);
  }

  private static ObjectNode requestExample(String provider) {
    return (ObjectNode) mediaType("requestBody").at("/examples/" + provider + "/value").deepCopy();
  }

  private static ObjectNode responseExample(String provider) {
    return (ObjectNode) mediaType("responses/200").at("/examples/" + provider + "/value").deepCopy();
  }

  private static JsonNode mediaType(String under) {
    JsonNode content = DOC.at(OPERATION + "/" + under + "/content");
    return content.elements().next();
  }

  /** Walks the raw tree for media types, parameters and headers with examples, and for schemas with one. */
  static List<Example> examples() {
    List<Example> found = new ArrayList<>();
    walk(DOC, "", found);
    return found;
  }

  private static void walk(JsonNode node, String pointer, List<Example> found) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, found);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("schema")) {
      // A media type, parameter or header object: its examples are checked against its schema.
      String schema = pointer + "/schema";
      if (node.has("example")) {
        found.add(new Example(pointer + "/example", schema, node.get("example")));
      }
      node.path("examples").fields().forEachRemaining(e -> found.add(
          new Example(pointer + "/examples/" + SchemaValidation.escape(e.getKey()) + "/value", schema, e.getValue().get("value"))));
    } else if (node.has("example") && isSchema(pointer)) {
      found.add(new Example(pointer + "/example", pointer, node.get("example")));
    }
    for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
      if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
        walk(field.getValue(), pointer + "/" + SchemaValidation.escape(field.getKey()), found);
      }
    }
  }

  /** Schema positions: components/schemas/X, any .../schema, and their properties/Y and items. */
  private static boolean isSchema(String pointer) {
    return pointer.matches("/components/schemas/[^/]+")
        || pointer.endsWith("/schema")
        || pointer.matches(".*/(schema|components/schemas/[^/]+)(/properties/[^/]+|/items)+");
  }
}
