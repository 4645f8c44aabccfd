package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 404 Not Found: no such project or peering connection (errorCode {@code RESOURCE_NOT_FOUND}); a {@code FeignException.NotFound}. */
public class AtlasNotFoundException extends FeignException.NotFound implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasNotFoundException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
