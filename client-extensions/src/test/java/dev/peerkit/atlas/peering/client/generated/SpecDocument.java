package dev.peerkit.atlas.peering.client.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The spec module's OpenAPI document (from its jar), read with Jackson's YAML module. */
final class SpecDocument {

  static final String RESOURCE = AtlasPeeringSpec.RESOURCE;
  static final String OPERATION_PATH = AtlasPeeringSpec.PATH;
  static final String MEDIA_TYPE = ApiVersions.mediaType(ApiVersions.latest());

  private static final SpecDocument INSTANCE = load();

  private final JsonNode root;

  private SpecDocument(JsonNode root) {
    this.root = root;
  }

  static SpecDocument get() {
    return INSTANCE;
  }

  private static SpecDocument load() {
    try {
      return new SpecDocument(new ObjectMapper(new YAMLFactory()).readTree(AtlasPeeringSpec.text()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<JsonNode> node(String... path) {
    JsonNode node = root;
    for (String key : path) {
      node = node.get(key);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  private JsonNode required(String[] path) {
    return node(path).orElseThrow(() ->
        new IllegalStateException("No node at " + Arrays.toString(path) + " in " + RESOURCE));
  }

  /** The scalar at the key path, as text; fails if absent or not a scalar. */
  String text(String... path) {
    return optionalText(path).orElseThrow(() ->
        new IllegalStateException("No scalar at " + Arrays.toString(path) + " in " + RESOURCE));
  }

  /** The scalar at the key path, as text, if the path exists. */
  Optional<String> optionalText(String... path) {
    return node(path).map(n -> {
      if (!n.isValueNode()) {
        throw new IllegalStateException("Not a scalar at " + Arrays.toString(path));
      }
      return n.asText();
    });
  }

  /** The keys of the mapping at the key path, in document order. */
  List<String> keys(String... path) {
    List<String> keys = new ArrayList<>();
    required(path).fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The mapping at the key path (such as an example's {@code value}) as JSON. */
  ObjectNode flatObject(String... path) {
    JsonNode node = required(path);
    if (!node.isObject()) {
      throw new IllegalStateException("Not a mapping at " + Arrays.toString(path));
    }
    return ((ObjectNode) node).deepCopy();
  }

  /**
   * The {@code pattern} of a property of a component schema, following one {@code $ref} to
   * another component schema; empty if the property has none.
   */
  Optional<String> propertyPattern(String schema, String property) {
    String[] prop = {"components", "schemas", schema, "properties", property};
    Optional<String> direct = optionalText(concat(prop, "pattern"));
    if (direct.isPresent()) {
      return direct;
    }
    return optionalText(concat(prop, "$ref")).flatMap(ref -> {
      String prefix = "#/components/schemas/";
      if (!ref.startsWith(prefix)) {
        throw new IllegalStateException("Unexpected $ref " + ref);
      }
      return optionalText("components", "schemas", ref.substring(prefix.length()), "pattern");
    });
  }

  /** The {@code required} list of a component schema; empty if it has none. */
  List<String> required(String schema) {
    return node("components", "schemas", schema, "required").isPresent()
        ? sequence("components", "schemas", schema, "required") : List.of();
  }

  /** The sequence of scalars at the key path (such as an {@code enum}). */
  List<String> sequence(String... path) {
    JsonNode node = required(path);
    if (!node.isArray() || node.isEmpty()) {
      throw new IllegalStateException("Not a non-empty sequence at " + Arrays.toString(path));
    }
    List<String> items = new ArrayList<>();
    node.forEach(item -> items.add(item.asText()));
    return items;
  }

  private static String[] concat(String[] path, String last) {
    String[] out = Arrays.copyOf(path, path.length + 1);
    out[path.length] = last;
    return out;
  }
}
