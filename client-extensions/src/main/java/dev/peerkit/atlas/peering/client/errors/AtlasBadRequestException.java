package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 400 Bad Request: the body or a parameter was refused (errorCode such as {@code VALIDATION_ERROR}, {@code INVALID_ATTRIBUTE}); a {@code FeignException.BadRequest}. */
public class AtlasBadRequestException extends FeignException.BadRequest implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasBadRequestException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
