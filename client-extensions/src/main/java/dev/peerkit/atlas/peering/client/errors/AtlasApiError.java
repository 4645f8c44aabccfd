package dev.peerkit.atlas.peering.client.errors;

import dev.peerkit.atlas.peering.generated.model.BadRequestDetail;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What every Atlas error answer exposes, whatever its status: the {@code ApiError} body fields
 * ({@code error}, {@code errorCode}, {@code detail}, {@code reason}, {@code parameters}, {@code
 * badRequestDetail}; spec {@code components.schemas.ApiError}), the headers, and an excerpt of a
 * body that was not JSON (an HTML page from a proxy, say).
 *
 * <p>Each per-status exception is also Feign's own per-status exception, so existing handlers keep
 * working: {@link AtlasNotFoundException} is a {@code FeignException.NotFound}, {@link
 * AtlasRateLimitException} a {@code FeignException.TooManyRequests}, and so on. Java allows one
 * superclass, so the Atlas fields live in this interface, implemented by all of them:
 *
 * <pre>{@code
 * try {
 *   client.updatePeeringConnection(groupId, peerId, update);
 * } catch (FeignException e) {
 *   if (e instanceof AtlasApiError error && error.isErrorCode("RESOURCE_NOT_FOUND")) {
 *     // ...
 *   }
 * }
 * }</pre>
 */
public interface AtlasApiError {

  /** @return what the response said; the accessors below read from it */
  ApiErrorDetails details();

  /** @return the HTTP status of the error (the inner {@code status} of an envelope) */
  default int httpStatus() {
    return details().status();
  }

  /** @return Atlas's {@code errorCode}, such as {@code RESOURCE_NOT_FOUND}, or {@code null} */
  default String errorCode() {
    return details().errorCode();
  }

  /** @return Atlas's {@code detail}, or {@code null} */
  default String detail() {
    return details().detail();
  }

  /** @return Atlas's {@code reason}, the status phrase such as {@code Not Found}, or {@code null} */
  default String reason() {
    return details().reason();
  }

  /** @return Atlas's {@code parameters}: strings and numbers; empty when absent */
  default List<Object> parameters() {
    return details().parameters();
  }

  /** @return Atlas's {@code badRequestDetail} with its {@code fields[]}, or {@code null} */
  default BadRequestDetail badRequestDetail() {
    return details().badRequestDetail();
  }

  /** @return the response headers, looked up case-insensitively; never {@code null} */
  default Map<String, Collection<String>> headers() {
    return details().headers();
  }

  /**
   * @return the answer's {@code RateLimit-Limit}/{@code RateLimit-Remaining}, empty where Atlas
   *     left them out
   */
  default dev.peerkit.atlas.peering.client.RateLimit rateLimit() {
    return dev.peerkit.atlas.peering.client.RateLimit.from(headers());
  }

  /** @return the start of a non-JSON body (at most 256 characters), or {@code null} */
  default String bodyExcerpt() {
    return details().bodyExcerpt();
  }

  /**
   * Tells whether Atlas's {@code errorCode} is the given one.
   *
   * @param errorCode an Atlas error code such as {@code VALIDATION_ERROR}
   * @return {@code true} if it equals {@link #errorCode()}
   */
  default boolean isErrorCode(String errorCode) {
    return errorCode != null && errorCode.equals(errorCode());
  }
}
