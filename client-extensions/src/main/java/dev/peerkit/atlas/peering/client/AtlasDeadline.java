package dev.peerkit.atlas.peering.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A deadline for the Atlas calls a block of code makes on the current thread. Waits the SDK decides
 * on, the adaptive rate limiter's pacing and the pauses between retries, never run past it: the
 * call fails fast instead, with {@link
 * dev.peerkit.atlas.peering.client.errors.AtlasRateLimitWaitException} (nothing sent) or the last
 * error. Network timeouts stay as configured.
 *
 * <pre>{@code
 * PeeringConnection updated = AtlasDeadline.within(Duration.ofSeconds(5),
 *     () -> client.updatePeeringConnection(groupId, peerId, update));
 * }</pre>
 */
public final class AtlasDeadline {

  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private AtlasDeadline() {}

  /**
   * Runs {@code calls} with a deadline {@code budget} from now; an enclosing, earlier deadline
   * still applies.
   *
   * @param budget how long the calls may take, zero or more
   * @param calls the code that calls Atlas
   * @param <T> its result type
   * @return what {@code calls} returns
   * @throws IllegalArgumentException if {@code budget} is negative
   */
  public static <T> T within(Duration budget, Supplier<T> calls) {
    Objects.requireNonNull(calls, "calls");
    if (Objects.requireNonNull(budget, "budget").isNegative()) {
      throw new IllegalArgumentException("budget must not be negative: " + budget);
    }
    Long outer = DEADLINE.get();
    long mine = System.nanoTime() + Math.min(budget.toNanos(), Long.MAX_VALUE / 4);
    DEADLINE.set(outer == null || mine - outer < 0 ? mine : outer);
    try {
      return calls.get();
    } finally {
      if (outer == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(outer);
      }
    }
  }

  /**
   * @return the time left before the current thread's deadline (zero once passed), or empty
   *     outside {@link #within}
   */
  public static Optional<Duration> remaining() {
    Long deadline = DEADLINE.get();
    return deadline == null ? Optional.empty()
        : Optional.of(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
  }
}
