package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 5xx: Atlas failed (500, 502, 504, and 503 once its retries are used up); a {@code FeignException.FeignServerException}. */
public class AtlasServerException extends FeignException.FeignServerException implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasServerException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(details.status(), message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
