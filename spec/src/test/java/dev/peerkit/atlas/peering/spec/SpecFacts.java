package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The comparable facts of the operation in an OpenAPI document, flattened to {@code key -> value}
 * so that MongoDB's document and ours can be compared although they shape their schemas apart
 * (one shared schema per provider there, a request and a response shape per provider here).
 *
 * <p>Keys: {@code operation.operationId}, {@code operation.roles}, {@code parameter.<name>.<facet>},
 * {@code requestBody.mediaTypes}, {@code responses}, {@code response.<code>.mediaTypes|headers},
 * {@code response.<code>.header.<name>.type}, {@code <provider>.properties|required}, {@code
 * <provider>.<field>.type|pattern|enum|nullable|readOnly}, {@code ApiError.*}. Lists are sorted.
 */
final class SpecFacts {

  /** What to compare: everything, or only what a flattened copy keeps (see the 2026 snapshot). */
  enum Scope { FULL, DRIFT }

  private static final List<String> FIELD_FACETS_FULL = List.of("type", "pattern", "enum", "nullable", "readOnly");
  private static final List<String> FIELD_FACETS_DRIFT = List.of("pattern");

  private final JsonNode doc;
  private final Scope scope;
  private final Map<String, String> facts = new TreeMap<>();

  private SpecFacts(JsonNode doc, Scope scope) {
    this.doc = doc;
    this.scope = scope;
  }

  /**
   * @param doc the whole document
   * @param scope what to compare
   * @return the facts, sorted by key
   */
  static Map<String, String> of(JsonNode doc, Scope scope) {
    SpecFacts facts = new SpecFacts(doc, scope);
    facts.collect();
    return facts.facts;
  }

  private void collect() {
    JsonNode op = doc.path("paths").path(AtlasPeeringSpec.PATH).path("patch");
    put("operation.operationId", op.path("operationId"));
    if (op.has("x-rolesRequirements")) {
      put("operation.roles", sorted(op.path("x-rolesRequirements")));
    }
    parameters(op);
    JsonNode body = resolve(op.path("requestBody"));
    put("requestBody.mediaTypes", sortedNames(body.path("content")));
    if (scope == Scope.FULL) {
      put("requestBody.required", body.path("required"));
    }
    responses(op);
    JsonNode requestSchema = firstSchema(body);
    JsonNode responseSchema = firstSchema(resolve(op.path("responses").path("200")));
    providers(requestSchema, responseSchema);
    if (scope == Scope.FULL) {
      JsonNode apiError = resolve(doc.at("/components/schemas/ApiError"));
      put("ApiError.properties", sortedNames(apiError.path("properties")));
      put("ApiError.required", sorted(apiError.path("required")));
      apiError.path("properties").fields().forEachRemaining(
          field -> put("ApiError." + field.getKey() + ".type", resolve(field.getValue()).path("type")));
    }
  }

  private void parameters(JsonNode op) {
    Set<String> names = new TreeSet<>();
    for (JsonNode ref : op.path("parameters")) {
      JsonNode parameter = resolve(ref);
      String name = parameter.path("name").asText();
      names.add(name);
      JsonNode schema = resolve(parameter.path("schema"));
      String key = "parameter." + name;
      put(key + ".pattern", schema.path("pattern"));
      if (scope == Scope.FULL) {
        put(key + ".in", parameter.path("in"));
        if (parameter.path("required").asBoolean(false)) {
          put(key + ".required", parameter.path("required")); // false is the default
        }
        put(key + ".type", schema.path("type"));
        put(key + ".default", schema.path("default"));
      }
    }
    if (scope == Scope.FULL) {
      facts.put("parameters", names.toString());
    }
  }

  private void responses(JsonNode op) {
    put("responses", sortedNames(op.path("responses")));
    op.path("responses").fields().forEachRemaining(entry -> {
      JsonNode response = resolve(entry.getValue());
      String key = "response." + entry.getKey();
      put(key + ".mediaTypes", sortedNames(response.path("content")));
      put(key + ".headers", sortedNames(response.path("headers")));
      response.path("headers").fields().forEachRemaining(header -> put(
          key + ".header." + header.getKey() + ".type", resolve(resolve(header.getValue()).path("schema")).path("type")));
    });
  }

  /** Facts per provider, from the request and response shapes told apart by providerName. */
  private void providers(JsonNode requestSchema, JsonNode responseSchema) {
    Map<String, JsonNode> requests = shapes(requestSchema);
    Map<String, JsonNode> responses = shapes(responseSchema);
    for (String provider : new TreeSet<>(responses.keySet())) {
      JsonNode request = requests.getOrDefault(provider, responses.get(provider));
      JsonNode response = responses.get(provider);
      Map<String, JsonNode> fields = new TreeMap<>();
      request.path("properties").fields().forEachRemaining(f -> fields.put(f.getKey(), resolve(f.getValue())));
      response.path("properties").fields().forEachRemaining(f -> fields.put(f.getKey(), resolve(f.getValue())));
      if (scope == Scope.FULL) {
        facts.put(provider + ".properties", fields.keySet().toString());
        put(provider + ".required", sorted(request.path("required")));
      }
      fields.forEach((name, schema) -> {
        for (String facet : scope == Scope.FULL ? FIELD_FACETS_FULL : FIELD_FACETS_DRIFT) {
          JsonNode value = schema.path(facet);
          if (facet.equals("enum")) {
            put(provider + "." + name + ".enum", sorted(value));
          } else if ((facet.equals("nullable") || facet.equals("readOnly")) && !value.asBoolean(false)) {
            // false is the default: leave it out so "absent" and "false" compare equal.
          } else {
            put(provider + "." + name + "." + facet, value);
          }
        }
      });
    }
  }

  /**
   * Provider name to its shape: the discriminator mapping of a oneOf, the members of a oneOf that
   * fix {@code providerName} to one value, or, in a flattened copy,
   * the shared schema cut down to each provider's {@code x-xgen-discriminator} properties.
   */
  private Map<String, JsonNode> shapes(JsonNode schema) {
    Map<String, JsonNode> shapes = new TreeMap<>();
    JsonNode mapping = schema.path("discriminator").path("mapping");
    if (mapping.isObject()) {
      mapping.fields().forEachRemaining(e -> shapes.put(e.getKey(), resolve(doc.at(e.getValue().asText().substring(1)))));
      return shapes;
    }
    // A oneOf listing the provider shapes directly (our 200 answer, which adds the envelopes).
    for (JsonNode member : schema.path("oneOf")) {
      JsonNode shape = resolve(member);
      JsonNode providerName = resolve(shape.path("properties").path("providerName")).path("enum");
      if (providerName.size() == 1) {
        shapes.put(providerName.get(0).asText(), shape);
      }
    }
    if (!shapes.isEmpty()) {
      return shapes;
    }
    JsonNode flattened = schema.path("x-xgen-discriminator").path("mapping");
    Set<String> specific = new LinkedHashSet<>();
    flattened.forEach(p -> p.path("properties").forEach(name -> specific.add(name.asText())));
    flattened.fields().forEachRemaining(e -> {
      com.fasterxml.jackson.databind.node.ObjectNode shape = schema.deepCopy();
      com.fasterxml.jackson.databind.node.ObjectNode properties = shape.putObject("properties");
      Set<String> own = new LinkedHashSet<>();
      e.getValue().path("properties").forEach(name -> own.add(name.asText()));
      schema.path("properties").fields().forEachRemaining(p -> {
        if (!specific.contains(p.getKey()) || own.contains(p.getKey())) {
          properties.set(p.getKey(), p.getValue());
        }
      });
      shapes.put(e.getKey(), shape);
    });
    return shapes;
  }

  private JsonNode firstSchema(JsonNode withContent) {
    Iterator<JsonNode> media = withContent.path("content").elements();
    return media.hasNext() ? resolve(media.next().path("schema")) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** Follows local {@code $ref}s. */
  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
      current = doc.at(current.path("$ref").asText().substring(1));
    }
    return current;
  }

  private void put(String key, JsonNode value) {
    if (!value.isMissingNode() && !value.isNull()) {
      facts.put(key, value.asText());
    }
  }

  private void put(String key, String value) {
    if (value != null) {
      facts.put(key, value);
    }
  }

  private static String sorted(JsonNode array) {
    if (!array.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    values.sort(null);
    return values.toString();
  }

  private static String sortedNames(JsonNode object) {
    if (!object.isObject()) {
      return null;
    }
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names.toString();
  }
}
