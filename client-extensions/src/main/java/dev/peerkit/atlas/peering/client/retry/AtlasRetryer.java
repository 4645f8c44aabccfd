package dev.peerkit.atlas.peering.client.retry;

import dev.peerkit.atlas.peering.client.errors.AtlasApiException;
import dev.peerkit.atlas.peering.client.errors.AtlasConnectException;
import dev.peerkit.atlas.peering.client.errors.AtlasTimeoutException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import feign.RetryableException;
import feign.Retryer;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;

/**
 * Feign {@link Retryer} that applies a {@link RetryPolicy}. Feign clones it for every call, so
 * the attempt count is per call. When it gives up, it rethrows a {@link RetryableException}
 * whose cause is the typed SDK exception; the client's {@code UNWRAP} propagation policy makes
 * the caller see that typed exception.
 */
public final class AtlasRetryer implements Retryer {

  /** Sleeps for a duration; replaceable in tests. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * @param duration how long
     * @throws InterruptedException if interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Logger logger;
  private final String baseUrl;
  private int attempt = 1;

  /**
   * @param policy the policy
   * @param sleeper how to wait
   * @param clock for HTTP-date Retry-After values
   * @param logger where retries are logged (at INFO; no header or body is logged)
   * @param baseUrl named in transport error messages
   */
  public AtlasRetryer(RetryPolicy policy, Sleeper sleeper, Clock clock, Logger logger, String baseUrl) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.logger = logger;
    this.baseUrl = baseUrl;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    Throwable cause = e.getCause();
    RuntimeException failure = typed(e, cause);
    if (!isRetryable(cause) || attempt >= policy.maxAttempts()) {
      throw giveUp(e, failure);
    }
    Duration serverWait = cause instanceof AtlasApiException api
        ? RetryAfter.fromHeaders(api.headers(), clock).orElse(Duration.ZERO) : Duration.ZERO;
    if (serverWait.compareTo(policy.maxDelay()) > 0) {
      throw giveUp(e, failure);
    }
    Duration wait = max(serverWait, backoff(attempt));
    logger.info("Retrying {} after {} ms (attempt {} of {}): {}", e.method(), wait.toMillis(),
        attempt + 1, policy.maxAttempts(), failure.getMessage());
    attempt++;
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw giveUp(e, failure);
    }
  }

  private boolean isRetryable(Throwable cause) {
    if (cause instanceof AtlasApiException api) {
      return api.httpStatus() == 429 || api.httpStatus() == 503;
    }
    if (isNeverSent(cause)) {
      return true;
    }
    return policy.retryReadTimeouts() && cause instanceof SocketTimeoutException;
  }

  /** Failures while opening the connection: the request bytes never left. */
  private static boolean isNeverSent(Throwable cause) {
    return cause instanceof ConnectException
        || cause instanceof ConnectTimeoutException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException;
  }

  private RuntimeException typed(RetryableException e, Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (isNeverSent(cause)) {
      return new AtlasConnectException("Cannot connect to " + baseUrl + ": " + cause, cause);
    }
    if (cause instanceof InterruptedIOException) {
      return new AtlasTimeoutException("No answer from " + baseUrl + " within the response timeout;"
          + " the PATCH may have been applied: " + cause, cause);
    }
    return new AtlasTransportException("Request to " + baseUrl + " failed after it was sent;"
        + " the PATCH may have been applied: " + (cause == null ? e.getMessage() : cause.toString()),
        cause == null ? e : cause);
  }

  private static RetryableException giveUp(RetryableException e, RuntimeException failure) {
    return new RetryableException(e.status(), failure.getMessage(), e.method(), failure,
        (Long) null, e.request());
  }

  private Duration backoff(int retry) {
    long capMillis = Math.min(policy.maxDelay().toMillis(),
        policy.initialBackoff().toMillis() * (1L << Math.min(retry - 1, 20)));
    return Duration.ofMillis(capMillis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(capMillis + 1));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public Retryer clone() {
    return new AtlasRetryer(policy, sleeper, clock, logger, baseUrl);
  }
}
