package dev.peerkit.atlas.peering.client.internal.retry;

import dev.peerkit.atlas.peering.client.AtlasDeadline;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasConnectException;
import dev.peerkit.atlas.peering.client.errors.AtlasTimeoutException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import dev.peerkit.atlas.peering.client.internal.transport.BoundedExchangeHandler;
import dev.peerkit.atlas.peering.client.internal.transport.UnsentOnReuseRequestExecutor;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import feign.RetryableException;
import feign.Retryer;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Feign {@link Retryer} that applies the {@link RetryPolicy} to requests for Atlas. Feign clones it
 * for every call, so the attempt count is per call. When it gives up it throws the typed SDK
 * exception itself (an Atlas error, or an {@link AtlasTransportException} subtype for I/O
 * failures), so no {@code ExceptionPropagationPolicy} is needed. Requests to other hosts are left
 * to the Feign builder's own retryer.
 */
public final class AtlasRetryer implements Retryer {

  private final AtlasSettings settings;
  private final RetryPolicy policy;
  private final Retryer delegate;
  private int attempt = 1;

  /**
   * @param settings the policy, sleeper, clock, logger and base URL
   * @param delegate the Feign builder's own retryer, for other hosts
   */
  public AtlasRetryer(AtlasSettings settings, Retryer delegate) {
    this.settings = settings;
    this.policy = settings.retryPolicy();
    this.delegate = delegate;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (e.request() != null && !settings.targets(e.request().url())) {
      delegate.continueOrPropagate(e);
      return;
    }
    Throwable cause = e.getCause();
    RuntimeException failure = typed(e, cause);
    if (!isRetryable(cause) || attempt >= policy.maxAttempts()) {
      throw failure;
    }
    Duration serverWait = cause instanceof AtlasApiError api
        ? RetryAfter.fromHeaders(api.headers(), settings.clock()).orElse(Duration.ZERO) : Duration.ZERO;
    if (serverWait.compareTo(policy.maxDelay()) > 0) {
      throw failure;
    }
    // MongoDB: wait at least Retry-After, then back off further if that fails.
    Duration wait = serverWait.isZero() ? backoff(attempt)
        : min(policy.maxDelay(), serverWait.plus(growing(attempt)));
    Optional<Duration> left = AtlasDeadline.remaining();
    if (left.isPresent() && wait.compareTo(left.get()) > 0) {
      throw failure; // the caller's deadline comes first
    }
    settings.logger().info("Retrying {} after {} ms (attempt {} of {}): {}", e.method(), wait.toMillis(),
        attempt + 1, policy.maxAttempts(), failure.getMessage());
    attempt++;
    try {
      settings.sleeper().sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }

  private boolean isRetryable(Throwable cause) {
    if (cause instanceof AtlasApiError api) {
      return api.httpStatus() == 429 || api.httpStatus() == 503;
    }
    if (isNeverSent(cause)) {
      return true;
    }
    return policy.retryReadTimeouts() && cause instanceof SocketTimeoutException;
  }

  /**
   * Failures while opening the connection: the request bytes never left. A TLS handshake failure
   * is one of them: nothing is sent before the handshake completes (RFC 8446 section 2). So is a
   * failure to write the request on a reused keep-alive connection the server had closed.
   */
  private static boolean isNeverSent(Throwable cause) {
    return cause instanceof ConnectException
        || cause instanceof ConnectTimeoutException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException
        || cause instanceof SSLHandshakeException
        || cause instanceof UnsentOnReuseRequestExecutor.RequestNotSentException;
  }

  private RuntimeException typed(RetryableException e, Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    String baseUrl = settings.baseUrl();
    if (isNeverSent(cause)) {
      return new AtlasConnectException("Cannot connect to " + baseUrl + " (nothing was sent): " + cause, cause);
    }
    if (cause instanceof BoundedExchangeHandler.DeadlineExceededException) {
      return new AtlasTimeoutException("No complete answer from " + baseUrl + ": " + cause.getMessage()
          + "; the PATCH may have been applied", cause);
    }
    if (cause instanceof InterruptedIOException) {
      return new AtlasTimeoutException("No answer from " + baseUrl + " within the response timeout;"
          + " the PATCH may have been applied: " + cause, cause);
    }
    return new AtlasTransportException("Request to " + baseUrl + " failed after it was sent;"
        + " the PATCH may have been applied: " + (cause == null ? e.getMessage() : cause.toString()),
        cause == null ? e : cause);
  }

  private Duration backoff(int retry) {
    long capMillis = Math.min(policy.maxDelay().toMillis(),
        policy.initialBackoff().toMillis() * (1L << Math.min(retry - 1, 20)));
    return Duration.ofMillis(capMillis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(capMillis + 1));
  }

  /** Equal jitter: between half and all of {@code initialBackoff * 2^(retry-1)}, so it grows. */
  private Duration growing(int retry) {
    long cap = Math.min(policy.maxDelay().toMillis(),
        policy.initialBackoff().toMillis() * (1L << Math.min(retry - 1, 20)));
    return Duration.ofMillis(cap / 2 + (cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2 + 1)));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public Retryer clone() {
    return new AtlasRetryer(settings, delegate.clone());
  }
}
