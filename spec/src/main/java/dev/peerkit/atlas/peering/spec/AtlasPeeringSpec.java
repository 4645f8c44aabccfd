package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the hand-written OpenAPI 3.0.3 document of the "Update One Network Peering Connection"
 * operation ({@code PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}}) lives on the classpath.
 *
 * <p>The document is the single source of truth: the generated Feign client, the simulator's
 * request validation and the Pact contract checks all load it from here. Facts other modules need
 * (resource versions, examples, read-only fields) are read from the document through this class,
 * never retyped.
 */
public final class AtlasPeeringSpec {

  /** Classpath resource name of the YAML document: {@value}. */
  public static final String RESOURCE = "openapi/atlas-peering.yaml";

  /** The operation's {@code operationId}: {@value}. */
  public static final String OPERATION_ID = "updatePeeringConnection";

  /** The name MongoDB's 2026 documents and the Atlas CLI give the operation: {@value}. */
  public static final String OPERATION_ID_ALIAS = "updateGroupPeer";

  /** The path template of the operation: {@value}. */
  public static final String PATH = "/api/atlas/v2/groups/{groupId}/peers/{peerId}";

  private AtlasPeeringSpec() {}

  /**
   * Returns the URL of the document on this class's classpath.
   *
   * @return the resource URL, never {@code null}
   * @throws IllegalStateException if the spec jar is not on the classpath
   */
  public static URL url() {
    URL url = AtlasPeeringSpec.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the classpath: add the atlas-peering-spec jar as a dependency");
    }
    return url;
  }

  /**
   * Reads the whole document as UTF-8 text.
   *
   * @return the YAML text of the document
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the spec jar is not on the classpath
   */
  public static String text() {
    try (InputStream in = url().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Returns the parsed document. It is parsed once per class loader, on first use.
   *
   * @return a copy of the whole document as a Jackson tree; changing it changes nothing here
   * @throws UncheckedIOException if the resource cannot be read or parsed
   */
  public static JsonNode document() {
    return Parsed.DOCUMENT.deepCopy();
  }

  /**
   * Returns the {@code patch} operation object of {@link #PATH}.
   *
   * @return a copy of the operation object
   */
  public static JsonNode operation() {
    return Parsed.DOCUMENT.path("paths").path(PATH).path("patch").deepCopy();
  }

  /**
   * Returns the example value of a request body, as the document gives it.
   *
   * @param providerName {@code AWS}, {@code AZURE} or {@code GCP}
   * @return a copy of the example object
   * @throws IllegalArgumentException if the document has no such example
   */
  public static ObjectNode requestExample(String providerName) {
    return example(Parsed.DOCUMENT.path("paths").path(PATH).path("patch").path("requestBody"), providerName);
  }

  /**
   * Returns the example value of a 200 answer, as the document gives it.
   *
   * @param providerName {@code AWS}, {@code AZURE} or {@code GCP}
   * @return a copy of the example object
   * @throws IllegalArgumentException if the document has no such example
   */
  public static ObjectNode responseExample(String providerName) {
    return example(
        Parsed.DOCUMENT.path("paths").path(PATH).path("patch").path("responses").path("200"), providerName);
  }

  /**
   * Returns the example of a path or query parameter of the operation.
   *
   * @param name the parameter name, such as {@code groupId} or {@code peerId}
   * @return the example text
   * @throws IllegalArgumentException if the parameter has no example
   */
  public static String parameterExample(String name) {
    JsonNode example = Parsed.DOCUMENT.path("components").path("parameters").path(name).path("schema").path("example");
    if (!example.isValueNode()) {
      throw new IllegalArgumentException("no example for parameter " + name + " in " + RESOURCE);
    }
    return example.asText();
  }

  /**
   * Returns the names of the read-only (response-only) properties of the response shapes.
   *
   * @return property names in document order, each once, such as {@code id} and {@code statusName}
   */
  public static List<String> readOnlyFields() {
    List<String> names = new ArrayList<>();
    JsonNode schemas = Parsed.DOCUMENT.path("components").path("schemas");
    for (JsonNode member : schemas.path("PeeringConnection").path("oneOf")) {
      JsonNode properties = schemas.path(schemaName(member)).path("properties");
      properties.fields().forEachRemaining(property -> {
        JsonNode schema = property.getValue().has("$ref")
            ? schemas.path(schemaName(property.getValue())) : property.getValue();
        if (schema.path("readOnly").asBoolean() && !names.contains(property.getKey())) {
          names.add(property.getKey());
        }
      });
    }
    return List.copyOf(names);
  }

  private static String schemaName(JsonNode ref) {
    String text = ref.path("$ref").asText();
    return text.substring(text.lastIndexOf('/') + 1);
  }

  private static ObjectNode example(JsonNode withContent, String providerName) {
    for (JsonNode mediaType : withContent.path("content")) {
      JsonNode value = mediaType.path("examples").path(providerName).path("value");
      if (value.isObject()) {
        return (ObjectNode) value.deepCopy();
      }
    }
    throw new IllegalArgumentException("no " + providerName + " example in " + RESOURCE);
  }

  /** Lazy holder: the document is parsed on first use only. */
  private static final class Parsed {
    static final JsonNode DOCUMENT = parse();

    private static JsonNode parse() {
      try {
        return new ObjectMapper(new YAMLFactory()).readTree(text());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot parse " + RESOURCE, e);
      }
    }
  }
}
