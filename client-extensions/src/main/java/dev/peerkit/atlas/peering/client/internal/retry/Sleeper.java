package dev.peerkit.atlas.peering.client.internal.retry;

import java.time.Duration;

/** How the retryer waits; replaceable in tests. */
@FunctionalInterface
public interface Sleeper {

  /** {@link Thread#sleep(long)}. */
  Sleeper THREAD_SLEEP = d -> Thread.sleep(d.toMillis());

  /**
   * @param duration how long
   * @throws InterruptedException if interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
