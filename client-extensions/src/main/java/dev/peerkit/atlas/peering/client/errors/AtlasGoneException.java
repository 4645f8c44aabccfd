package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 410 Gone: the API version asked for has been retired (errorCode {@code VERSION_GONE}); a {@code FeignException.Gone}. */
public class AtlasGoneException extends FeignException.Gone implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasGoneException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
