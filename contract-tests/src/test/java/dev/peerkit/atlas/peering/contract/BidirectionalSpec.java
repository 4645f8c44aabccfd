package dev.peerkit.atlas.peering.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The "bi-directional" variant of the spec module's document, for PactFlow's validator
 * ({@code @pactflow/swagger-mock-validator}), which refuses a {@code discriminator} with a {@code
 * mapping}, and without the mapping demands more than OpenAPI does. The variant drops every {@code
 * discriminator}; nothing else changes. The choice stays the same: each {@code oneOf} member pins
 * {@code providerName} to one value, and the request shapes forbid other properties, so exactly
 * one member can match any body ({@code BidirectionalSpecIT} shows both documents accept and
 * reject the same examples).
 *
 * <p>The build writes it beside the pact ({@code contract-tests/target/provider-contract/}); it is
 * the document to upload to PactFlow as the provider contract.
 */
public final class BidirectionalSpec {

  /** Its file name in the build's output folder. */
  public static final String FILE_NAME = "atlas-peering-bidirectional.yaml";

  /** Strings stay quoted, so {@code 2025-03-12} or {@code 123456789012} never read back as a date or number. */
  private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

  private BidirectionalSpec() {}

  /** @return the variant of the spec module's document */
  public static String text() {
    return derive(AtlasPeeringSpec.text());
  }

  /**
   * @param specYaml an OpenAPI document
   * @return the same document without discriminators, with a note saying so in {@code info}
   */
  public static String derive(String specYaml) {
    try {
      JsonNode doc = YAML.readTree(specYaml);
      dropDiscriminators(doc);
      ObjectNode info = (ObjectNode) doc.path("info");
      info.put("description", "Derived at build time for PactFlow bi-directional contract testing:"
          + " the spec module's document without its discriminators (each oneOf member pins"
          + " providerName to one value, so the choice is the same).\n\n" + info.path("description").asText());
      return YAML.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code discriminator} is dropped where it sits beside a {@code oneOf} or {@code anyOf}. */
  private static void dropDiscriminators(JsonNode node) {
    if (node.isObject() && (node.has("oneOf") || node.has("anyOf"))) {
      ((ObjectNode) node).remove("discriminator");
    }
    node.forEach(BidirectionalSpec::dropDiscriminators);
  }

  /**
   * Writes the variant; run by the build ({@code process-test-classes}).
   *
   * @param args the output folder
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(FILE_NAME), text(), StandardCharsets.UTF_8);
  }
}
