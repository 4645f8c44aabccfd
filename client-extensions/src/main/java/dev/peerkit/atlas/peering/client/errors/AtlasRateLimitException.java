package dev.peerkit.atlas.peering.client.errors;

import dev.peerkit.atlas.peering.client.RateLimitBucket;
import feign.FeignException;
import feign.Request;
import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: the token bucket is empty (errorCode {@code RATE_LIMITED} or {@code
 * RATE_LIMITED_TOKEN_BUCKET}); a {@code FeignException.TooManyRequests}. The client retries it per
 * its retry policy; this is thrown once the attempts are used up, or at once when {@code
 * Retry-After} is longer than the policy's {@code maxDelay}.
 */
public class AtlasRateLimitException extends FeignException.TooManyRequests implements AtlasApiError {

  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;
  /** The server's {@code Retry-After}, or {@code null}. */
  private final Duration retryAfter;

  /**
   * @param details what the response said
   * @param message the full message
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received
   * @param retryAfter the wait the server asked for ({@code Retry-After}), or {@code null}
   */
  public AtlasRateLimitException(ApiErrorDetails details, String message, Request request, byte[] body,
      Duration retryAfter) {
    super(message, request, body, details.headers());
    this.details = details;
    this.retryAfter = retryAfter;
  }

  @Override
  public ApiErrorDetails details() {
    return details;
  }

  /**
   * @return the token bucket this 429 states in its {@code parameters} ({@code [path, retryAfter,
   *     capacity, refillRate, refillDurationSeconds]}), empty when they have another shape
   */
  public Optional<RateLimitBucket> bucket() {
    return RateLimitBucket.fromParameters(parameters());
  }

  /** @return the server's {@code Retry-After} (RFC 9110 section 10.2.3), when it sent one */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
