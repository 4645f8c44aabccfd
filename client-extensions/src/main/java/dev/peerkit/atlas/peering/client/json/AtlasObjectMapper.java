package dev.peerkit.atlas.peering.client.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The Jackson configuration the SDK uses for every request and response body.
 *
 * <ul>
 *   <li>Unset optional fields are left out ({@code NON_NULL}); an explicit {@code null} set through
 *       a {@code JsonNullable} field (such as {@code accepterRegionName}) is still written.
 *   <li>Unknown response fields are ignored, so a new Atlas field never loses a response.
 *   <li>Parsing is bounded by {@link #STREAM_READ_CONSTRAINTS}.
 *   <li>A response without {@code providerName} is read as {@link AwsPeeringConnection}, as Atlas
 *       assumes AWS; an unknown {@code providerName} still fails, naming the known values.
 * </ul>
 */
public final class AtlasObjectMapper {

  /**
   * The parser's bounds, set here rather than left to Jackson's defaults (which change between
   * versions): nesting depth {@value #MAX_NESTING_DEPTH}, strings {@value #MAX_STRING_LENGTH}
   * characters, numbers {@value #MAX_NUMBER_LENGTH} digits, property names {@value
   * #MAX_NAME_LENGTH} characters. A peering connection is three levels deep with short fields.
   */
  public static final StreamReadConstraints STREAM_READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(AtlasObjectMapper.MAX_NESTING_DEPTH)
      .maxStringLength(AtlasObjectMapper.MAX_STRING_LENGTH)
      .maxNumberLength(AtlasObjectMapper.MAX_NUMBER_LENGTH)
      .maxNameLength(AtlasObjectMapper.MAX_NAME_LENGTH)
      .build();
  /** Deepest JSON nesting read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest JSON string read, in characters. */
  public static final int MAX_STRING_LENGTH = 262_144;
  /** Longest JSON number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Longest JSON property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1024;

  private AtlasObjectMapper() {}

  /**
   * Creates a new mapper with the SDK's configuration.
   *
   * @return a new, independently configurable {@link ObjectMapper}
   */
  public static ObjectMapper create() {
    ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(STREAM_READ_CONSTRAINTS).build());
    mapper.registerModule(new JsonNullableModule());
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    mapper.addHandler(new MissingProviderNameIsAws());
    return mapper;
  }

  /** Atlas omits {@code providerName} on some AWS peers: read those as AWS. */
  private static final class MissingProviderNameIsAws extends DeserializationProblemHandler {
    @Override
    public JavaType handleMissingTypeId(
        DeserializationContext ctxt, JavaType baseType, TypeIdResolver idResolver, String failureMsg) {
      if (baseType.hasRawClass(PeeringConnection.class)) {
        DeserializationConfig config = ctxt.getConfig();
        return config.constructType(AwsPeeringConnection.class);
      }
      return null;
    }
  }
}
