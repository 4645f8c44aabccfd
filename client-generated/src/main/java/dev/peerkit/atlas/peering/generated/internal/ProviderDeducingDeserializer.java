package dev.peerkit.atlas.peering.generated.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a provider shape ({@code PeeringConnection}) whose {@code providerName} may be missing, as
 * Atlas sometimes sends it. A present {@code providerName} is used as it is (an unknown value still
 * fails). A missing one is deduced from the fields present: the shape with the most fields that
 * only some shapes have wins, and {@code AWS}, the provider Atlas assumes, is chosen only when it
 * ties or nothing else fits. The shapes and their fields are read from the Jackson annotations of
 * the generated models, so nothing here lists a field.
 *
 * <p>The generated oneOf interface names this class in {@code @JsonDeserialize} (the
 * {@code additionalOneOfTypeAnnotations} option of {@code client-generated/pom.xml}); the member
 * classes opt out of it with {@code JsonDeserializer.None}. Internal: users never name it.
 */
public final class ProviderDeducingDeserializer extends StdDeserializer<Object>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;
  /** The provider Atlas assumes when {@code providerName} is missing. */
  private static final String ATLAS_DEFAULT = "AWS";

  /** Type id to the fields of that shape; empty until contextualised. */
  private final Map<String, Set<String>> fieldsById;

  /** For Jackson: the instance it contextualises per base type. */
  public ProviderDeducingDeserializer() {
    this(Map.of());
  }

  private ProviderDeducingDeserializer(Map<String, Set<String>> fieldsById) {
    super(Object.class);
    this.fieldsById = fieldsById;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType base = property != null ? property.getType() : ctxt.getContextualType();
    if (base == null) {
      return this;
    }
    DeserializationConfig config = ctxt.getConfig();
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    for (NamedType subtype : config.getSubtypeResolver().collectAndResolveSubtypesByTypeId(
        config, config.introspectClassAnnotations(base).getClassInfo())) {
      if (subtype.hasName() && subtype.getType() != base.getRawClass()) {
        BeanDescription bean = config.introspect(config.constructType(subtype.getType()));
        Set<String> names = new HashSet<>();
        for (BeanPropertyDefinition definition : bean.findProperties()) {
          names.add(definition.getName());
        }
        fields.put(subtype.getName(), names);
      }
    }
    return new ProviderDeducingDeserializer(java.util.Collections.unmodifiableMap(fields));
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return ctxt.handleUnexpectedToken(Object.class, p);
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer types)
      throws IOException {
    JsonNode node = ctxt.readTree(p);
    if (node instanceof ObjectNode tree) {
      JsonNode id = tree.get(types.getPropertyName());
      if (id == null || id.isNull()) {
        tree.put(types.getPropertyName(), deduce(tree));
      }
    }
    try (JsonParser replay = node.traverse(p.getCodec())) {
      replay.nextToken();
      return types.deserializeTypedFromAny(replay, ctxt);
    }
  }

  private String deduce(ObjectNode tree) {
    String best = ATLAS_DEFAULT;
    int bestScore = 0;
    for (Map.Entry<String, Set<String>> shape : fieldsById.entrySet()) {
      int score = 0;
      for (var names = tree.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (shape.getValue().contains(name) && !inEveryShape(name)) {
          score++;
        }
      }
      if (score > bestScore || (score == bestScore && score > 0 && shape.getKey().equals(ATLAS_DEFAULT))) {
        best = shape.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  private boolean inEveryShape(String name) {
    return fieldsById.values().stream().allMatch(fields -> fields.contains(name));
  }
}
