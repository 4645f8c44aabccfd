package dev.peerkit.atlas.peering.client.errors;

/**
 * The service-account token endpoint ({@code POST /api/oauth/token}, RFC 6749 section 4.4) did
 * not give a token: wrong client id or secret ({@code invalid_client}), a 5xx, or a body that is
 * not a token response. Carries the OAuth {@code error} and {@code error_description} (RFC 6749
 * section 5.2) when the endpoint sent them. The client secret is never part of the message.
 */
public class OAuthTokenException extends AtlasException {

  private static final long serialVersionUID = 1L;

  /** OAuth {@code error}, or {@code null}. */
  private final String error;
  /** OAuth {@code error_description}, or {@code null}. */
  private final String errorDescription;

  /**
   * @param status HTTP status of the token endpoint's answer, or {@code -1} if none
   * @param error OAuth {@code error}, such as {@code invalid_client}, or {@code null}
   * @param errorDescription OAuth {@code error_description}, or {@code null}
   * @param message the full message
   * @param cause an I/O failure, or {@code null}
   */
  public OAuthTokenException(int status, String error, String errorDescription, String message,
      Throwable cause) {
    super(status, message, cause);
    this.error = error;
    this.errorDescription = errorDescription;
  }

  /** @return the OAuth {@code error} code, or {@code null} when the answer had none */
  public String error() {
    return error;
  }

  /** @return the OAuth {@code error_description}, or {@code null} */
  public String errorDescription() {
    return errorDescription;
  }
}
