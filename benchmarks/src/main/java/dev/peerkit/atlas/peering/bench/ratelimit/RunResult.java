package dev.peerkit.atlas.peering.bench.ratelimit;

import java.util.List;

/**
 * One contestant's run, as the simulator's bucket saw it.
 *
 * @param name the contestant
 * @param wallNanos from the start of its work to its end
 * @param accepted when each accepted request reached the bucket, nanoseconds since the start
 * @param refused when each 429 was answered, nanoseconds since the start
 * @param failed updates that failed for good (after retries)
 */
record RunResult(String name, long wallNanos, List<Long> accepted, List<Long> refused, int failed) {

  /** @return 429s after the first one (the first teaches the limit) */
  long refusedAfterFirst() {
    return Math.max(0, refused.size() - 1);
  }
}
