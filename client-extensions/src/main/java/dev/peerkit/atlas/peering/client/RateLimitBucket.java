package dev.peerkit.atlas.peering.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shape of an Atlas token bucket, as a 429 {@code RATE_LIMITED_TOKEN_BUCKET} answer states it
 * in its {@code parameters}: {@code [path, retryAfterSeconds, capacity, refillRate,
 * refillDurationSeconds]} (detail: "Request capacity: 10. Refill rate: 5 per 60 seconds.").
 *
 * @param capacity requests a full bucket allows at once
 * @param refillRate tokens added per {@code refillDuration}
 * @param refillDuration the refill period
 */
public record RateLimitBucket(int capacity, int refillRate, Duration refillDuration) {

  /**
   * Reads the bucket from a 429's {@code parameters}.
   *
   * @param parameters the ApiError {@code parameters}, strings and numbers
   * @return the bucket, or empty when the list does not have that shape (e.g. a plain {@code
   *     RATE_LIMITED} answer)
   */
  public static Optional<RateLimitBucket> fromParameters(List<?> parameters) {
    if (parameters == null || parameters.size() < 5) {
      return Optional.empty();
    }
    long capacity = number(parameters.get(2));
    long rate = number(parameters.get(3));
    long seconds = number(parameters.get(4));
    if (capacity < 1 || rate < 1 || seconds < 1 || capacity > Integer.MAX_VALUE || rate > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new RateLimitBucket((int) capacity, (int) rate, Duration.ofSeconds(seconds)));
  }

  /** @return tokens per second, {@code refillRate / refillDuration} */
  public double tokensPerSecond() {
    return refillRate / (refillDuration.toMillis() / 1000.0);
  }

  private static long number(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return value == null ? -1 : Long.parseLong(value.toString().strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
