package dev.peerkit.atlas.peering.client.errors;

import dev.peerkit.atlas.peering.generated.model.BadRequestDetail;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Atlas answered with an error status (any non-2xx, or an enveloped {@code status} >= 400).
 *
 * <p>The fields come from the {@code ApiError} body ({@code error}, {@code errorCode}, {@code
 * detail}, {@code reason}, {@code parameters}, {@code badRequestDetail}); they are {@code null}
 * when the body was not JSON, for example an HTML page from a proxy, in which case {@link
 * #bodyExcerpt()} holds the start of the body. Subclasses give one type per meaning: see {@link
 * AtlasApiExceptions#of}.
 */
public class AtlasApiException extends AtlasException {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /**
   * @param details what the response said
   * @param message the full message
   */
  public AtlasApiException(ApiErrorDetails details, String message) {
    super(details.status(), message, null);
    this.details = details;
  }

  /** @return the HTTP status of the error (the inner {@code status} of an envelope) */
  public int httpStatus() {
    return details.status();
  }

  /** @return Atlas's {@code errorCode}, such as {@code RESOURCE_NOT_FOUND}, or {@code null} */
  public String errorCode() {
    return details.errorCode();
  }

  /** @return Atlas's {@code detail}, or {@code null} */
  public String detail() {
    return details.detail();
  }

  /** @return Atlas's {@code reason}, the status phrase such as {@code Not Found}, or {@code null} */
  public String reason() {
    return details.reason();
  }

  /** @return Atlas's {@code parameters}: strings and numbers; empty when absent */
  public List<Object> parameters() {
    return details.parameters();
  }

  /** @return Atlas's {@code badRequestDetail} with its {@code fields[]}, or {@code null} */
  public BadRequestDetail badRequestDetail() {
    return details.badRequestDetail();
  }

  /** @return the response headers, names as sent; never {@code null} */
  public Map<String, Collection<String>> headers() {
    return details.headers();
  }

  /** @return the start of a non-JSON body (at most 256 characters), or {@code null} */
  public String bodyExcerpt() {
    return details.bodyExcerpt();
  }

  /**
   * Tells whether Atlas's {@code errorCode} is the given one.
   *
   * @param errorCode an Atlas error code such as {@code VALIDATION_ERROR}
   * @return {@code true} if it equals {@link #errorCode()}
   */
  public boolean isErrorCode(String errorCode) {
    return errorCode != null && errorCode.equals(details.errorCode());
  }
}
