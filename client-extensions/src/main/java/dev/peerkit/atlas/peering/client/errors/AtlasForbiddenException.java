package dev.peerkit.atlas.peering.client.errors;

/** 403 Forbidden: the credentials lack the role, such as Project Owner, or the IP access list blocks the caller. */
public class AtlasForbiddenException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasForbiddenException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
