package dev.peerkit.atlas.peering.client.errors;

/** 401 Unauthorized: the credentials were missing or wrong (wrong API key pair, or a service-account token Atlas would not accept). */
public class AtlasUnauthorizedException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasUnauthorizedException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
