package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;
import feign.Request;

/** 401 Unauthorized: wrong or expired credentials, or a challenge the SDK will not answer (API keys are only ever sent as HTTP Digest); a {@code FeignException.Unauthorized}. */
public class AtlasUnauthorizedException extends FeignException.Unauthorized implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received (for {@code FeignException#contentUTF8()})
   */
  public AtlasUnauthorizedException(ApiErrorDetails details, String message, Request request, byte[] body) {
    super(message, request, body, details.headers());
    this.details = details;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }
}
