package dev.peerkit.atlas.peering.client.errors;

/** 406 Not Acceptable: Atlas did not accept the versioned media type (errorCode INVALID_VERSION_DATE); the message names the version sent. */
public class AtlasNotAcceptableException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasNotAcceptableException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
