package dev.peerkit.atlas.peering.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: the token bucket is empty (errorCode {@code RATE_LIMITED} or {@code
 * RATE_LIMITED_TOKEN_BUCKET}). The client retries it per its retry policy; this is thrown once the
 * attempts are used up.
 */
public class AtlasRateLimitException extends AtlasApiException {

  private static final long serialVersionUID = 1L;

  /** The server's {@code Retry-After}, or {@code null}. */
  private final Duration retryAfter;

  /**
   * @param details what the response said
   * @param message the full message
   * @param retryAfter the wait the server asked for ({@code Retry-After}), or {@code null}
   */
  public AtlasRateLimitException(ApiErrorDetails details, String message, Duration retryAfter) {
    super(details, message);
    this.retryAfter = retryAfter;
  }

  /** @return the server's {@code Retry-After}, as a duration, when it sent one */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
