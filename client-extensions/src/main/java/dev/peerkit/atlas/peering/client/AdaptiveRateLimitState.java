package dev.peerkit.atlas.peering.client;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an {@link AtlasCapability}'s adaptive rate limiter knows and has seen (see {@link
 * AtlasOptionsBuilder#adaptiveRateLimiting(boolean)}).
 *
 * @param bucket the bucket learned from a 429's {@code parameters}, or {@code null} before one
 * @param capacity the capacity learned from {@code RateLimit-Limit} or a 429, or {@code null}
 * @param throttled 429 answers seen so far
 * @param throttledAfterLearning 429 answers to requests sent once the refill rate was known: the
 *     limiter's own misses (another client sharing the bucket can cause them)
 */
public record AdaptiveRateLimitState(RateLimitBucket bucket, Integer capacity, long throttled,
    long throttledAfterLearning) {

  /** @return the learned bucket: capacity and refill */
  public Optional<RateLimitBucket> learnedBucket() {
    return Optional.ofNullable(bucket);
  }

  /** @return the learned capacity */
  public OptionalInt learnedCapacity() {
    return capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
  }
}
