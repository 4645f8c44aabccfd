package dev.peerkit.atlas.peering.simulator.ratelimit;

import java.time.Duration;

/**
 * The shape of an Atlas token bucket, as the 429 {@code detail} states it: "Request capacity: 10.
 * Refill rate: 5 per 60 seconds." A bucket starts full; it gains {@code refillRate} tokens every
 * {@code refillDuration}, added continuously (one token every {@code refillDuration /
 * refillRate}), never beyond {@code capacity}; each request takes one token.
 *
 * @param capacity how many requests a full bucket allows at once, at least 1
 * @param refillRate tokens added per {@code refillDuration}, at least 1
 * @param refillDuration the refill period, whole seconds, at least 1 s
 */
public record TokenBucketPolicy(int capacity, int refillRate, Duration refillDuration) {

  /**
   * Checks the values.
   *
   * @param capacity requests a full bucket allows, at least 1
   * @param refillRate tokens per {@code refillDuration}, at least 1
   * @param refillDuration the refill period, whole seconds, at least 1 s
   * @throws IllegalArgumentException if a value is below its minimum or the duration is not whole
   *     seconds
   */
  public TokenBucketPolicy {
    if (capacity < 1 || refillRate < 1) {
      throw new IllegalArgumentException(
          "capacity and refillRate must be at least 1: " + capacity + ", " + refillRate);
    }
    if (refillDuration == null || refillDuration.toSeconds() < 1 || refillDuration.toNanosPart() != 0) {
      throw new IllegalArgumentException("refillDuration must be whole seconds, at least 1: " + refillDuration);
    }
  }

  /**
   * A policy from its three numbers, in the order of the 429 {@code parameters}.
   *
   * @param capacity requests a full bucket allows
   * @param refillRate tokens per {@code refillDurationSeconds}
   * @param refillDurationSeconds the refill period in seconds
   * @return the policy
   */
  public static TokenBucketPolicy of(int capacity, int refillRate, long refillDurationSeconds) {
    return new TokenBucketPolicy(capacity, refillRate, Duration.ofSeconds(refillDurationSeconds));
  }

  /** @return the refill period in seconds, as the 429 {@code parameters} carry it */
  public long refillDurationSeconds() {
    return refillDuration.toSeconds();
  }

  /** @return milliseconds between two added tokens */
  double millisPerToken() {
    return refillDuration.toMillis() / (double) refillRate;
  }
}
