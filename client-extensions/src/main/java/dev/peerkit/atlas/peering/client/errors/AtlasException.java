package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;

/**
 * Base of the SDK's exceptions that are not an Atlas error answer: invalid input ({@link
 * AtlasValidationException}), transport failures ({@link AtlasTransportException}), unreadable
 * answers ({@link AtlasDecodeException}) and token failures ({@link OAuthTokenException}). Atlas
 * error answers are Feign's own per-status exceptions implementing {@link AtlasApiError}. Every
 * exception the SDK throws is therefore a {@link FeignException}.
 *
 * <p>{@link #status()} is the HTTP status when there was an HTTP answer, otherwise {@code -1}.
 */
public class AtlasException extends FeignException {

  private static final long serialVersionUID = 1L;

  /**
   * @param status HTTP status, or {@code -1} when no HTTP answer was received
   * @param message what happened and what to do about it
   * @param cause the underlying failure, or {@code null}
   */
  public AtlasException(int status, String message, Throwable cause) {
    super(status, message, cause);
  }
}
