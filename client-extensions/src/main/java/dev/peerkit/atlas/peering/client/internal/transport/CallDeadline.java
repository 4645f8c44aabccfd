package dev.peerkit.atlas.peering.client.internal.transport;

import java.time.Duration;

/**
 * The deadline of the current call attempt, per thread: set by {@code AtlasClient} around the
 * token fetch and the API exchange, by the token provider around revoke, and enforced on the
 * sockets of the SDK's HttpClient 5 client by {@link BoundedExchangeHandler}.
 */
public final class CallDeadline implements AutoCloseable {

  private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();

  private final long deadlineNanos;
  private final Duration timeout;
  private final String option;
  private final CallDeadline outer;

  private CallDeadline(Duration timeout, String option, CallDeadline outer) {
    this.outer = outer;
    long own = System.nanoTime() + saturatedNanos(timeout);
    // A nested deadline never extends the one around it.
    boolean outerFirst = outer != null && outer.deadlineNanos - own < 0;
    this.deadlineNanos = outerFirst ? outer.deadlineNanos : own;
    this.timeout = outerFirst ? outer.timeout : timeout;
    this.option = outerFirst ? outer.option : option;
  }

  /**
   * Starts a deadline on this thread; close it to restore the one before.
   *
   * @param timeout how long from now
   * @param option the option that sets it, named in timeout messages, such as {@code callTimeout}
   * @return the deadline
   */
  public static CallDeadline start(Duration timeout, String option) {
    CallDeadline deadline = new CallDeadline(timeout, option, CURRENT.get());
    CURRENT.set(deadline);
    return deadline;
  }

  /** @return this thread's deadline, or {@code null} when none is set */
  public static CallDeadline current() {
    return CURRENT.get();
  }

  /** @return nanoseconds left, never negative */
  public long remainingNanos() {
    return Math.max(0, deadlineNanos - System.nanoTime());
  }

  /** @return what ran out, for messages, such as {@code "callTimeout (90 s)"} */
  public String describe() {
    long millis = timeout.toMillis();
    return option + " (" + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms") + ")";
  }

  @Override
  public void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE / 4;
    }
  }
}
