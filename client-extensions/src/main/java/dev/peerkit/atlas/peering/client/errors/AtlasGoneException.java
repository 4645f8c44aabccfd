package dev.peerkit.atlas.peering.client.errors;

/** 410 Gone: the API version sent has been retired (errorCode VERSION_GONE); the message names the version sent. */
public class AtlasGoneException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasGoneException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
