package dev.peerkit.atlas.peering.client.errors;

/** 404 Not Found: no such project or peering connection (errorCode RESOURCE_NOT_FOUND). */
public class AtlasNotFoundException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasNotFoundException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
