package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 406 Not Acceptable: Atlas does not serve the API version asked for (errorCode {@code INVALID_VERSION_DATE}); a {@code FeignException.NotAcceptable}. */
public class AtlasNotAcceptableException extends FeignException.NotAcceptable implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasNotAcceptableException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
