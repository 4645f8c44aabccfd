package dev.peerkit.atlas.peering.client.errors;

import feign.FeignException;

/**
 * Base of every exception the SDK throws. It extends {@link FeignException} so that it passes
 * unchanged through Feign's decoding and retry machinery, and so that code that already catches
 * {@code FeignException} keeps working.
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
