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
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;

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

  // nullable: the OpenAPI 3.0 keyword is off by default, so a documented null (accepterRegionName,
  // errorState, errorMessage) would be rejected. regularExpressionFactory: see ecma262Pattern.
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .discriminatorKeywordEnabled(true)
          .formatAssertionsEnabled(true)
          .nullableKeywordEnabled(true)
          .regularExpressionFactory(SchemaValidation::ecma262Pattern)
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

  /**
   * A {@code pattern} keyword with ECMA-262 semantics, as JSON Schema defines it: an unanchored
   * search in which {@code $} (no multiline flag) matches only at the end of the input. The
   * default JDK engine runs {@code find()}, where {@code $} also matches before a final line
   * terminator, so {@code "vpc-0a1b2c3d4e5f60718\n"} would pass {@code ^vpc-[0-9a-f]{17}$}.
   * (The optional Joni engine has the same flaw.) Here each bare {@code $} becomes {@code \z}.
   */
  static RegularExpression ecma262Pattern(String regex) {
    Pattern pattern = Pattern.compile(endOfInputDollars(regex));
    return value -> pattern.matcher(value).find();
  }

  /** Rewrites each {@code $} that is neither escaped nor in a character class to {@code \z}. */
  static String endOfInputDollars(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 4);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      out.append(c == '$' && !inClass ? "\\z" : String.valueOf(c));
    }
    return out.toString();
  }

  /** Escapes one JSON pointer segment (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
