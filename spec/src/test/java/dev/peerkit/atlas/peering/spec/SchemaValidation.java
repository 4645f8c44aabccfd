package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON values against schemas of the spec with networknt's JSON Schema validator. */
final class SchemaValidation {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final String BASE = "classpath:" + AtlasPeeringSpec.RESOURCE;

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V4,
          builder ->
              builder
                  .metaSchema(OpenApi30.getInstance())
                  .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .discriminatorKeywordEnabled(true)
          .formatAssertionsEnabled(true)
          .build();

  private SchemaValidation() {}

  /** The whole document as a Jackson tree. */
  static JsonNode document() {
    try {
      return YAML.readTree(AtlasPeeringSpec.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema at a JSON pointer of the document, such as {@code /components/schemas/VpcId}. */
  static JsonSchema schemaAt(String pointer) {
    return FACTORY.getSchema(SchemaLocation.of(BASE + "#" + pointer), CONFIG);
  }

  static Set<ValidationMessage> validate(String pointer, JsonNode value) {
    return schemaAt(pointer).validate(value);
  }

  /** Escapes one JSON pointer segment (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
