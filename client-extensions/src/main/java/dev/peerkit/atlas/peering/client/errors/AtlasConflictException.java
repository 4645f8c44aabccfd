package dev.peerkit.atlas.peering.client.errors;

/** 409 Conflict: the peering connection's state does not allow this change now. */
public class AtlasConflictException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasConflictException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
