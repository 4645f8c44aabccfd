package dev.peerkit.atlas.peering.client.internal.ratelimit;

import dev.peerkit.atlas.peering.client.AdaptiveRateLimitState;
import dev.peerkit.atlas.peering.client.RateLimit;
import dev.peerkit.atlas.peering.client.RateLimitBucket;
import dev.peerkit.atlas.peering.client.errors.AtlasException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitWaitException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;

/**
 * A client-side model of the Atlas token bucket, shared by every thread of one capability. Like AWS
 * SDK v2's adaptive retry mode it is fed by throttling answers, but it learns the bucket's exact
 * shape instead of guessing a rate: capacity from {@code RateLimit-Limit}, capacity and refill from
 * a 429's {@code parameters}, and the level from {@code RateLimit-Remaining}. Then:
 *
 * <ul>
 *   <li>before anything is known, one request is sent alone (a probe), so a burst of threads does
 *       not empty an unknown bucket many times over;
 *   <li>with the capacity known but not the refill, requests go while the estimate has tokens, then
 *       one probe learns the refill from its 429;
 *   <li>with the refill known, each request reserves a token and waits until the estimate has it:
 *       no request goes into an empty bucket. The estimate never runs ahead of the server: each
 *       answer resets it to the server's own count minus every request the server may not have
 *       counted yet, and it refills only from the moment the count was received.
 * </ul>
 *
 * A wait that would end after the caller's deadline is not started: {@link
 * AtlasRateLimitWaitException} says how long it would have been.
 */
public final class AdaptiveRateLimiter {

  /** Handed out by {@link #acquire}, handed back to {@link #release}. */
  public static final class Permit {
    private final boolean paced;
    private final long sequence;
    /** Requests in flight when this one was sent: the server may count them before or after it. */
    private final int concurrent;

    private Permit(boolean paced, long sequence, int concurrent) {
      this.paced = paced;
      this.sequence = sequence;
      this.concurrent = concurrent;
    }
  }

  /** Sent this much after the estimate has the token: covers clock granularity on both sides. */
  private static final long GUARD_NANOS = 2_000_000;

  private final Logger logger;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition answered = lock.newCondition();

  private RateLimitBucket bucket;
  private int capacity;
  private double tokensPerNano;
  private boolean sawAnswer;
  private boolean levelKnown;
  private double tokens;
  private long updatedAt = System.nanoTime();
  private int inFlight;
  private long sent;
  private long lastObserved;
  private int waiting;
  private long throttled;
  private long throttledAfterLearning;

  /** @param logger where learning is logged, at INFO */
  public AdaptiveRateLimiter(Logger logger) {
    this.logger = logger;
  }

  /**
   * Waits until a request may be sent.
   *
   * @param allowed the longest this call may wait
   * @return the permit, to pass to {@link #release}
   * @throws AtlasRateLimitWaitException if the wait would outlast {@code allowed}; nothing is sent
   */
  public Permit acquire(Duration allowed) {
    long deadline = System.nanoTime() + Math.min(allowed.toNanos(), Long.MAX_VALUE / 4);
    lock.lock();
    try {
      while (true) {
        long now = System.nanoTime();
        refill(now);
        if (tokensPerNano > 0) {
          return reserve(now, deadline, allowed);
        }
        if (mayGoUnpaced()) {
          return send(false);
        }
        long left = deadline - now;
        if (left <= 0) {
          throw tooLong(null, allowed);
        }
        answered.awaitNanos(left); // until an answer teaches something
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AtlasException(-1, "Interrupted while waiting for the Atlas rate limit; nothing was sent", e);
    } finally {
      lock.unlock();
    }
  }

  /** Without a known refill: a lone probe first, then while the known level lasts, then one probe. */
  private boolean mayGoUnpaced() {
    if (!sawAnswer || (levelKnown && tokens < 1)) {
      return inFlight == 0;
    }
    if (levelKnown) {
      tokens -= 1;
    }
    return true;
  }

  private Permit reserve(long now, long deadline, Duration allowed) throws InterruptedException {
    long waitNanos = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / tokensPerNano);
    if (now + waitNanos - deadline > 0) {
      throw tooLong(Duration.ofNanos(waitNanos), allowed);
    }
    tokens -= 1;
    if (waitNanos > 0) {
      waiting++;
      lock.unlock();
      try {
        TimeUnit.NANOSECONDS.sleep(waitNanos + GUARD_NANOS);
      } catch (InterruptedException e) {
        lock.lock();
        waiting--;
        tokens += 1; // not sent: the token goes back
        throw e;
      }
      lock.lock();
      waiting--;
    }
    return send(true);
  }

  private Permit send(boolean paced) {
    Permit permit = new Permit(paced, ++sent, inFlight++);
    return permit;
  }

  /**
   * Learns from an answer (or its absence).
   *
   * @param permit what {@link #acquire} gave
   * @param status the HTTP status (an envelope's inner one), or 0 when no answer came
   * @param rateLimit the answer's {@code RateLimit-*} headers
   * @param learned the bucket stated by a 429's {@code parameters}, if any
   */
  public void release(Permit permit, int status, RateLimit rateLimit, Optional<RateLimitBucket> learned) {
    lock.lock();
    try {
      inFlight--;
      sawAnswer = true;
      long now = System.nanoTime();
      refill(now);
      learned.ifPresent(this::learn);
      rateLimit.limit().ifPresent(limit -> capacity = (int) Math.min(Integer.MAX_VALUE, Math.max(1, limit)));
      // What the server may not have counted when it answered: everything sent after this request,
      // everything in flight when it was sent (even if answered since: answers can overtake each
      // other, so the server may have counted such a request after this one), and the reservations
      // not yet sent.
      long unseen = (sent - permit.sequence) + permit.concurrent + waiting;
      if (status == 429) {
        throttled++;
        if (permit.paced) {
          throttledAfterLearning++;
        }
        tokens = levelKnown ? Math.min(tokens, -unseen) : -unseen; // empty when it answered
        levelKnown = true;
        lastObserved = Math.max(lastObserved, permit.sequence);
      } else if (rateLimit.remaining().isPresent() && permit.sequence > lastObserved) {
        observe(rateLimit.remaining().getAsLong() - unseen); // a late answer to an older request says less
        lastObserved = permit.sequence;
      }
      answered.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void learn(RateLimitBucket stated) {
    if (!stated.equals(bucket)) {
      logger.info("Atlas rate limit learned: capacity {}, refill {} per {} s", stated.capacity(),
          stated.refillRate(), stated.refillDuration().toSeconds());
    }
    bucket = stated;
    capacity = stated.capacity();
    tokensPerNano = stated.tokensPerSecond() / 1e9;
  }

  /**
   * The server's count, less what it may not have seen, is a lower bound of its level now (the
   * refill since it answered is not added): it replaces the estimate, which corrects an estimate
   * that ran ahead (another client sharing the bucket) or fell behind.
   */
  private void observe(double level) {
    tokens = Math.min(level, capacity > 0 ? capacity : level);
    levelKnown = true;
  }

  private void refill(long now) {
    if (tokensPerNano > 0 && levelKnown && now > updatedAt) {
      tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
    }
    updatedAt = now;
  }

  private AtlasRateLimitWaitException tooLong(Duration required, Duration allowed) {
    String shape = bucket == null ? "" : " (capacity " + bucket.capacity() + ", refill " + bucket.refillRate()
        + " per " + bucket.refillDuration().toSeconds() + " s)";
    String need = required == null ? "an answer that shows the bucket's state"
        : "a token in " + required.toMillis() + " ms";
    return new AtlasRateLimitWaitException("Not sent: the Atlas rate limit" + shape + " needs " + need
        + ", longer than the deadline allows (" + allowed.toMillis() + " ms); nothing was sent",
        required == null ? allowed : required, allowed);
  }

  /** @return what the limiter knows and has seen */
  public AdaptiveRateLimitState state() {
    lock.lock();
    try {
      return new AdaptiveRateLimitState(bucket, capacity > 0 ? capacity : null, throttled, throttledAfterLearning);
    } finally {
      lock.unlock();
    }
  }
}
