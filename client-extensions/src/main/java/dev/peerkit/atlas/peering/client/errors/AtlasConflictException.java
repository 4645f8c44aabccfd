package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 409 Conflict: the peering connection cannot be changed now, for example while it is being deleted; a {@code FeignException.Conflict}. */
public class AtlasConflictException extends FeignException.Conflict implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasConflictException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
