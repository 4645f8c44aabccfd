package dev.peerkit.atlas.peering.simulator.ratelimit;

import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;

/**
 * The 429 answer of an empty Atlas bucket, worded as Atlas words it:
 *
 * <pre>
 * {"error":429,"errorCode":"RATE_LIMITED_TOKEN_BUCKET","reason":"Too Many Requests",
 *  "detail":"Rate limit exceeded for /api/atlas/v2/groups/.../peers/.... Please retry after 55
 *  seconds. Request capacity: 10. Refill rate: 5 per 60 seconds.",
 *  "parameters":["/api/atlas/v2/groups/.../peers/...",55,10,5,60]}
 * </pre>
 *
 * with {@code Retry-After} (seconds) and, unless turned off, {@code RateLimit-Limit} and {@code
 * RateLimit-Remaining: 0}.
 */
public final class RateLimitErrors {

  private RateLimitErrors() {}

  /**
   * @param path the request path, the first of the {@code parameters}
   * @param retryAfterSeconds the wait announced in {@code detail}, {@code parameters} and {@code
   *     Retry-After}
   * @param policy the bucket's shape
   * @param headers whether to send {@code RateLimit-Limit}/{@code RateLimit-Remaining}
   * @return the exception the endpoint renders
   */
  public static ApiException tooManyRequests(
      String path, long retryAfterSeconds, TokenBucketPolicy policy, boolean headers) {
    String detail = "Rate limit exceeded for " + path + ". Please retry after " + retryAfterSeconds
        + " seconds. Request capacity: " + policy.capacity() + ". Refill rate: " + policy.refillRate()
        + " per " + policy.refillDurationSeconds() + " seconds.";
    ApiException error = new ApiException(ApiErrors.of(429, "RATE_LIMITED_TOKEN_BUCKET", detail,
            path, retryAfterSeconds, policy.capacity(), policy.refillRate(), policy.refillDurationSeconds()))
        .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    if (headers) {
      error.withHeader("RateLimit-Limit", String.valueOf(policy.capacity()))
          .withHeader("RateLimit-Remaining", "0");
    }
    return error;
  }
}
