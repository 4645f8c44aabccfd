package dev.peerkit.atlas.peering.client.errors;

/** 400 Bad Request: the request was invalid; see badRequestDetail(). */
public class AtlasBadRequestException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasBadRequestException(ApiErrorDetails details, String message) {
    super(details, message);
  }
}
