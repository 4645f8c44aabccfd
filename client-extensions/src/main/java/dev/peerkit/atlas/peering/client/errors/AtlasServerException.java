package dev.peerkit.atlas.peering.client.errors;

/** 5xx: Atlas, or a proxy in front of it, failed; 503 is retried by the client. */
public class AtlasServerException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasServerException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
