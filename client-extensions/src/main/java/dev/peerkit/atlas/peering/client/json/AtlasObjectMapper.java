package dev.peerkit.atlas.peering.client.json;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 *   <li>A response without {@code providerName} is read as {@link AwsPeeringConnection}, as Atlas
 *       assumes AWS; an unknown {@code providerName} still fails, naming the known values.
 * </ul>
 */
public final class AtlasObjectMapper {

  private AtlasObjectMapper() {}

  /**
   * Creates a new mapper with the SDK's configuration.
   *
   * @return a new, independently configurable {@link ObjectMapper}
   */
  public static ObjectMapper create() {
    ObjectMapper mapper = new ObjectMapper();
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
