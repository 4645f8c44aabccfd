package dev.peerkit.atlas.peering.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.generated.model.ApiResponse;
import java.util.Collection;
import java.util.Map;

/**
 * The typed result of a call together with the answer as Atlas sent it. It is what the generated
 * {@code NetworkPeeringApi.updatePeeringConnectionWithHttpInfo(...)} returns through the {@link
 * AtlasCapability}, so it is also a generated {@link ApiResponse}.
 *
 * @param <T> the resource type
 */
public final class AtlasResponse<T> extends ApiResponse<T> {

  private final JsonNode json;

  /**
   * @param status the HTTP status
   * @param headers the response headers (Feign's map, looked up case-insensitively)
   * @param body the typed resource
   * @param json the resource's JSON as sent, unwrapped from an envelope
   */
  public AtlasResponse(int status, Map<String, Collection<String>> headers, T body, JsonNode json) {
    super(status, headers, body);
    this.json = json;
  }

  /** @return the typed resource, such as an {@code AwsPeeringConnection} */
  public T body() {
    return getData();
  }

  /**
   * @return the resource's JSON exactly as Atlas sent it (unwrapped from an envelope): unknown
   *     fields and status values newer than this SDK are kept here
   */
  public JsonNode json() {
    return json;
  }

  /** @return the HTTP status */
  public int status() {
    return getStatusCode();
  }

  /** @return the response headers, such as {@code RateLimit-Remaining}; case-insensitive */
  public Map<String, Collection<String>> headers() {
    return getHeaders();
  }

  /**
   * Returns the answer's {@code RateLimit-Limit} and {@code RateLimit-Remaining} headers.
   *
   * @return the values, empty where Atlas left a header out
   */
  public RateLimit rateLimit() {
    return RateLimit.from(headers());
  }

  @Override
  public String toString() {
    return "AtlasResponse[status=" + status() + ", body=" + body() + "]";
  }
}
