package dev.peerkit.atlas.peering.simulator.fault;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * A first-in, first-out queue of faults for the next requests to the peering endpoint. Each request
 * takes at most one fault; a fault injected {@code times} times hits the next {@code times}
 * requests, then later entries take over. Thread-safe.
 *
 * <pre>{@code
 * simulator.faults().rateLimited(2, Duration.ofSeconds(1)); // two 429s, then normal answers
 * }</pre>
 */
public final class FaultInjector {

  private static final class Entry {
    final Fault fault;
    int remaining;

    Entry(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Deque<Entry> queue = new ArrayDeque<>();

  /** Creates an empty injector. */
  public FaultInjector() {}

  /**
   * Queues {@code fault} for the next {@code times} requests after those already queued.
   *
   * @param fault the fault
   * @param times how many requests it hits, at least 1
   * @return this injector
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  public synchronized FaultInjector inject(Fault fault, int times) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    queue.addLast(new Entry(fault, times));
    return this;
  }

  /**
   * Queues {@code times} 429 answers; see {@link Fault#rateLimited(Duration)}.
   *
   * @param times how many requests, at least 1
   * @param retryAfter the {@code Retry-After} to send, whole seconds
   * @return this injector
   */
  public FaultInjector rateLimited(int times, Duration retryAfter) {
    return inject(Fault.rateLimited(retryAfter), times);
  }

  /**
   * Queues {@code times} 500 answers; see {@link Fault#serverError()}.
   *
   * @param times how many requests, at least 1
   * @return this injector
   */
  public FaultInjector serverError(int times) {
    return inject(Fault.serverError(), times);
  }

  /**
   * Queues {@code times} 503 answers; see {@link Fault#serviceUnavailable(Duration)}.
   *
   * @param times how many requests, at least 1
   * @param retryAfter the {@code Retry-After} to send, or {@code null} for none
   * @return this injector
   */
  public FaultInjector serviceUnavailable(int times, Duration retryAfter) {
    return inject(Fault.serviceUnavailable(retryAfter), times);
  }

  /**
   * Queues {@code times} HTML 502 answers; see {@link Fault#badGatewayHtml()}.
   *
   * @param times how many requests, at least 1
   * @return this injector
   */
  public FaultInjector badGatewayHtml(int times) {
    return inject(Fault.badGatewayHtml(), times);
  }

  /**
   * Queues {@code times} slow answers; see {@link Fault#delay(Duration)}.
   *
   * @param times how many requests, at least 1
   * @param delay the wait before each answer
   * @return this injector
   */
  public FaultInjector delay(int times, Duration delay) {
    return inject(Fault.delay(delay), times);
  }

  /**
   * Takes the fault for the current request, counting its entry down. Called by the simulator once
   * per authenticated request to the endpoint.
   *
   * @return the fault to apply, or empty if none is queued
   */
  public synchronized Optional<Fault> next() {
    Entry head = queue.peekFirst();
    if (head == null) {
      return Optional.empty();
    }
    if (--head.remaining == 0) {
      queue.removeFirst();
    }
    return Optional.of(head.fault);
  }

  /**
   * Returns how many requests queued faults will still hit.
   *
   * @return the sum of the remaining counts
   */
  public synchronized int pending() {
    return queue.stream().mapToInt(entry -> entry.remaining).sum();
  }

  /** Drops all queued faults. */
  public synchronized void clear() {
    queue.clear();
  }
}
