package dev.peerkit.atlas.peering.simulator.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The token buckets of a simulator: one per endpoint set and project (Atlas scopes its limits so),
 * all of one {@link TokenBucketPolicy}. Thread-safe; counts what it let through and what it
 * refused, so tests can assert how many 429s a client provoked.
 */
public final class TokenBuckets {

  /** The endpoint set this simulator serves: Atlas groups limits by endpoint set. */
  public static final String NETWORK_PEERING = "networkPeering";

  /**
   * What one request got.
   *
   * @param allowed whether it took a token
   * @param limit the bucket's capacity ({@code RateLimit-Limit})
   * @param remaining whole tokens left after this request ({@code RateLimit-Remaining})
   * @param retryAfterSeconds for a refused request, whole seconds until a token is back (at least
   *     1); 0 when allowed
   */
  public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {}

  private final TokenBucketPolicy policy;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong allowed = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private volatile Consumer<Decision> listener = decision -> { };

  /**
   * @param policy the shape of every bucket
   * @param clock where refills read the time
   */
  public TokenBuckets(TokenBucketPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** @return the shape of every bucket */
  public TokenBucketPolicy policy() {
    return policy;
  }

  /**
   * Takes a token from the bucket of {@code endpointSet} and {@code groupId}, creating it full.
   *
   * @param endpointSet such as {@link #NETWORK_PEERING}
   * @param groupId the project
   * @return whether the request may go on, and the headers' values
   */
  public Decision take(String endpointSet, String groupId) {
    Decision decision = buckets
        .computeIfAbsent(endpointSet + "/" + groupId, key -> new Bucket(micros()))
        .take(micros());
    (decision.allowed() ? allowed : refused).incrementAndGet();
    listener.accept(decision);
    return decision;
  }

  /**
   * Calls {@code listener} with every decision, on the request's thread, as it is made; for
   * benchmarks that chart requests over time. Replaces any earlier listener.
   *
   * @param listener quick and thread-safe
   */
  public void onDecision(Consumer<Decision> listener) {
    this.listener = java.util.Objects.requireNonNull(listener, "listener");
  }

  /** @return requests that got a token since start or the last {@link #reset()} */
  public long allowedCount() {
    return allowed.get();
  }

  /** @return requests answered 429 by a bucket since start or the last {@link #reset()} */
  public long refusedCount() {
    return refused.get();
  }

  /** Refills every bucket (by forgetting them) and zeroes the counts. */
  public void reset() {
    buckets.clear();
    allowed.set(0);
    refused.set(0);
  }

  /** Microseconds: a millisecond clock would lose refill between two close requests. */
  private long micros() {
    java.time.Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private final class Bucket {
    private double tokens = policy.capacity();
    private long updatedAt;

    Bucket(long now) {
      this.updatedAt = now;
    }

    synchronized Decision take(long now) {
      if (now > updatedAt) {
        tokens = Math.min(policy.capacity(), tokens + (now - updatedAt) / (policy.millisPerToken() * 1000));
        updatedAt = now;
      }
      if (tokens >= 1) {
        tokens -= 1;
        return new Decision(true, policy.capacity(), (int) Math.floor(tokens), 0);
      }
      long waitMillis = (long) Math.ceil((1 - tokens) * policy.millisPerToken() - 1e-9);
      return new Decision(false, policy.capacity(), 0, Math.max(1, (waitMillis + 999) / 1000));
    }
  }
}
