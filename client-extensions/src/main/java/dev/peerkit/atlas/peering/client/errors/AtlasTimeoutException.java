package dev.peerkit.atlas.peering.client.errors;

/**
 * The request was sent but no answer came within the response timeout. The PATCH may or may not
 * have been applied; the client does not re-send it unless the retry policy opts in with {@code
 * retryReadTimeouts(true)}.
 */
public class AtlasTimeoutException extends AtlasTransportException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the timeout
   */
  public AtlasTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
