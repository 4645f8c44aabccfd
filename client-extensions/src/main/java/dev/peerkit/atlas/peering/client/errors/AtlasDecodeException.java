package dev.peerkit.atlas.peering.client.errors;

/**
 * Atlas answered 2xx but the body is not a peering connection the SDK can read: broken JSON, an
 * unknown {@code providerName} (the message names the known values), or an envelope without
 * {@code content}.
 */
public class AtlasDecodeException extends AtlasException {

  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status of the answer
   * @param message what could not be read
   * @param cause the parsing failure
   */
  public AtlasDecodeException(int status, String message, Throwable cause) {
    super(status, message, cause);
  }
}
