package dev.peerkit.atlas.peering.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;

/**
 * The typed result of a call together with the answer as Atlas sent it.
 *
 * @param body the typed resource, such as an {@code AwsPeeringConnection}
 * @param json the resource's JSON exactly as Atlas sent it (unwrapped from an envelope): unknown
 *     fields and status values newer than this SDK are kept here
 * @param status the HTTP status
 * @param headers the response headers, such as {@code RateLimit-Remaining}
 * @param <T> the resource type
 */
public record AtlasResponse<T>(T body, JsonNode json, int status, Map<String, Collection<String>> headers) {

  /**
   * Returns the answer's {@code RateLimit-Limit} and {@code RateLimit-Remaining} headers.
   *
   * @return the values, empty where Atlas left a header out
   */
  public RateLimit rateLimit() {
    return RateLimit.from(headers);
  }
}
