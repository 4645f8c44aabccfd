package dev.peerkit.atlas.peering.client.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before sending a request again.
 *
 * <p>Retried: 429 and 503 answers, and connection failures where the request was never sent.
 * Never retried: any other 4xx, other 5xx, and a read timeout after the PATCH was sent (unless
 * {@link Builder#retryReadTimeouts(boolean)} opts in). The wait before retry {@code n} (1-based)
 * is a random value in {@code [0, min(maxDelay, initialBackoff * 2^(n-1))]} ("full jitter"); when
 * the server sent {@code Retry-After} it is {@code Retry-After} plus a growing backoff (half to all
 * of {@code initialBackoff * 2^(n-1)}), at most {@code maxDelay}, as MongoDB advises for 429. A {@code Retry-After} longer than {@code
 * maxDelay} is not waited for: the error is thrown at once.
 *
 * @param maxAttempts total attempts including the first, at least 1 (default 3)
 * @param initialBackoff base of the exponential backoff (default 500 ms)
 * @param maxDelay the longest single wait (default 60 s)
 * @param retryReadTimeouts whether a PATCH is re-sent after a read timeout (default false)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxDelay,
    boolean retryReadTimeouts) {

  /** The defaults: 3 attempts, 500 ms initial backoff, 60 s maximum delay, no read-timeout retry. */
  public static final RetryPolicy DEFAULT = builder().build();

  /** A policy that sends each request once. */
  public static final RetryPolicy NONE = builder().maxAttempts(1).build();

  /**
   * @param maxAttempts total attempts including the first, at least 1
   * @param initialBackoff base of the exponential backoff
   * @param maxDelay the longest single wait
   * @param retryReadTimeouts whether a PATCH is re-sent after a read timeout
   * @throws IllegalArgumentException if {@code maxAttempts < 1} or a duration is negative
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialBackoff.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("initialBackoff and maxDelay must not be negative");
    }
  }

  /** @return a builder preset with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(60);
    private boolean retryReadTimeouts;

    private Builder() {}

    /**
     * @param maxAttempts total attempts including the first, at least 1
     * @return this
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * @param initialBackoff base of the exponential backoff
     * @return this
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * @param maxDelay the longest single wait; a longer Retry-After is not waited for
     * @return this
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
      return this;
    }

    /**
     * @param retryReadTimeouts {@code true} to re-send a PATCH after a read timeout; safe only if
     *     applying the same update twice is acceptable to the caller
     * @return this
     */
    public Builder retryReadTimeouts(boolean retryReadTimeouts) {
      this.retryReadTimeouts = retryReadTimeouts;
      return this;
    }

    /** @return the policy @throws IllegalArgumentException on invalid values */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, initialBackoff, maxDelay, retryReadTimeouts);
    }
  }
}
