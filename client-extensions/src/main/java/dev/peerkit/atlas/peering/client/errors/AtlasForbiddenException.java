package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 403 Forbidden: the credentials lack a role, such as Project Owner, or the caller's IP is not on the access list; a {@code FeignException.Forbidden}. */
public class AtlasForbiddenException extends FeignException.Forbidden implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasForbiddenException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
