package dev.peerkit.atlas.peering.simulator.endpoint;

import org.eclipse.jetty.util.Fields;

/**
 * The Atlas query flags that shape a response.
 *
 * @param envelope {@code envelope=true}: wrap the body as {@code {"status":..., "content":...}} and
 *     answer HTTP 200
 * @param pretty {@code pretty=true}: indent the JSON
 */
public record ResponseFormat(boolean envelope, boolean pretty) {

  /**
   * Reads the flags from the query; only the value {@code true} (any case) turns a flag on. A value
   * that is not a boolean is reported by spec validation, unwrapped.
   *
   * @param query the request's query parameters
   * @return the flags
   */
  public static ResponseFormat from(Fields query) {
    return new ResponseFormat(flag(query, "envelope"), flag(query, "pretty"));
  }

  private static boolean flag(Fields query, String name) {
    return "true".equalsIgnoreCase(query.getValue(name));
  }
}
