package dev.peerkit.atlas.peering.client.errors;

/**
 * Atlas could not be reached, or did not answer in time. No HTTP answer was received, so {@link
 * #status()} is {@code -1}. The cause is the I/O failure.
 */
public class AtlasTransportException extends AtlasException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the base URL
   * @param cause the I/O failure
   */
  public AtlasTransportException(String message, Throwable cause) {
    super(-1, message, cause);
  }
}
