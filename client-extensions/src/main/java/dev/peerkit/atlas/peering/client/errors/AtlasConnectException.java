package dev.peerkit.atlas.peering.client.errors;

/**
 * The connection to Atlas could not be opened (refused, unknown host, connect timeout), so the
 * request was never sent. The client retries this per its retry policy before throwing it.
 */
public class AtlasConnectException extends AtlasTransportException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the I/O failure
   */
  public AtlasConnectException(String message, Throwable cause) {
    super(message, cause);
  }
}
