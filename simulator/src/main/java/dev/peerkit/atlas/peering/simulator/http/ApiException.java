package dev.peerkit.atlas.peering.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ends the handling of a request with an ApiError: thrown by the endpoint's steps and rendered in
 * one place, so the {@code envelope} and {@code pretty} flags apply to every error alike.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ObjectNode body;
  /** Extra response headers, such as {@code Retry-After}. */
  private final Map<String, String> headers = new LinkedHashMap<>();

  /**
   * Creates the exception.
   *
   * @param body the ApiError body; its {@code error} field is the HTTP status
   */
  public ApiException(ObjectNode body) {
    super(
        body.path("errorCode").asText() + ": " + body.path("detail").asText(), null, false, false);
    this.body = body;
  }

  /**
   * Adds a response header, such as {@code Retry-After} or {@code Allow}.
   *
   * @param name header name
   * @param value header value
   * @return this exception
   */
  public ApiException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Returns the HTTP status of the error.
   *
   * @return the {@code error} field of the body
   */
  public int status() {
    return body.get("error").asInt();
  }

  /**
   * Returns the ApiError body.
   *
   * @return the body (not a copy)
   */
  public ObjectNode body() {
    return body;
  }

  /**
   * Returns the extra response headers.
   *
   * @return an unmodifiable view, in insertion order
   */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }
}
