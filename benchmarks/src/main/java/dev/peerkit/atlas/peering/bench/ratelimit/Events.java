package dev.peerkit.atlas.peering.bench.ratelimit;

import java.util.ArrayList;
import java.util.List;

/** Times of the bucket's decisions, relative to {@link #start()}; thread-safe. */
final class Events {

  private final List<Long> accepted = new ArrayList<>();
  private final List<Long> refused = new ArrayList<>();
  private volatile long startedAt = System.nanoTime();

  void start() {
    startedAt = System.nanoTime();
  }

  synchronized void add(boolean allowed) {
    (allowed ? accepted : refused).add(System.nanoTime() - startedAt);
  }

  long elapsed() {
    return System.nanoTime() - startedAt;
  }

  synchronized List<Long> accepted() {
    return List.copyOf(accepted);
  }

  synchronized List<Long> refused() {
    return List.copyOf(refused);
  }
}
