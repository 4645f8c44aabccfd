package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** An error status without a class of its own: a 3xx (redirects are never followed; the message names the {@code Location}) or a 4xx other than 400, 401, 403, 404, 406, 409, 410 and 429. */
public class AtlasUnexpectedStatusException extends FeignException implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasUnexpectedStatusException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(details.status(), message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
