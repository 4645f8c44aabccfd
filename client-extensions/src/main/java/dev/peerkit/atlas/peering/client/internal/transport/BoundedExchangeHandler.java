package dev.peerkit.atlas.peering.client.internal.transport;

import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.MessageConstraintException;

/**
 * Outermost HttpClient 5 exec-chain step of the SDK's own client: bounds one exchange in time and
 * memory.
 *
 * <ul>
 *   <li>Time: the thread's {@link CallDeadline} (or {@code callTimeout} from now) is armed on a
 *       watchdog that closes the connection when it runs out, so a server dripping bytes, or
 *       sending {@code 100 Continue} forever, cannot hold the call past it (the socket timeout
 *       only bounds each read).
 *   <li>Memory: the body is read here, under the same deadline, into at most {@code
 *       maxResponseBytes}; status and header lines are bounded by the connection's {@code
 *       Http1Config}, whose violations come out as {@link AtlasResponseLimitException}.
 * </ul>
 */
public final class BoundedExchangeHandler implements ExecChainHandler {

  /** One daemon thread for all clients: it only closes connections whose deadline passed. */
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final AtlasSettings settings;

  /** @param settings the call timeout and body bound */
  public BoundedExchangeHandler(AtlasSettings settings) {
    this.settings = settings;
  }

  /** The call deadline ran out: the connection was closed under the exchange. */
  public static final class DeadlineExceededException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    DeadlineExceededException(String message) {
      super(message);
    }
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    try (CallDeadline deadline = CallDeadline.start(settings.limits().callTimeout(), "callTimeout")) {
      long remaining = deadline.remainingNanos();
      if (remaining == 0) {
        throw exceeded(deadline);
      }
      AtomicBoolean fired = new AtomicBoolean();
      ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
        fired.set(true);
        scope.execRuntime.discardEndpoint();
      }, remaining, TimeUnit.NANOSECONDS);
      try {
        ClassicHttpResponse response = chain.proceed(request, scope);
        buffer(response, scope);
        return response;
      } catch (MessageConstraintException e) {
        scope.execRuntime.discardEndpoint();
        throw lineLimit(e);
      } catch (IOException | RuntimeException e) {
        if (fired.get()) {
          DeadlineExceededException timeout = exceeded(deadline);
          timeout.initCause(e);
          throw timeout;
        }
        throw e;
      } finally {
        alarm.cancel(false);
      }
    }
  }

  private void buffer(ClassicHttpResponse response, ExecChain.Scope scope) throws IOException {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return;
    }
    byte[] body;
    InputStream in = entity.getContent();
    try {
      body = in == null ? new byte[0]
          : BoundedBody.read(in, entity.getContentLength(), settings.limits().maxResponseBytes(), settings.baseUrl());
    } catch (AtlasResponseLimitException e) {
      // Drop the connection before closing the stream, which would otherwise drain the rest.
      scope.execRuntime.discardEndpoint();
      closeQuietly(in);
      throw e;
    }
    in.close();
    ContentType type = entity.getContentType() == null ? null : ContentType.parseLenient(entity.getContentType());
    response.setEntity(new ByteArrayEntity(body, type, entity.getContentEncoding()));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException alreadyClosed) {
      // the connection is gone already
    }
  }

  private static DeadlineExceededException exceeded(CallDeadline deadline) {
    return new DeadlineExceededException("the call did not complete within " + deadline.describe()
        + "; raise callTimeout (builder callTimeout(...), CLI --call-timeout, Spring atlas.peering.call-timeout)");
  }

  private AtlasResponseLimitException lineLimit(MessageConstraintException e) {
    boolean count = String.valueOf(e.getMessage()).toLowerCase().contains("count");
    String bound = count ? "maxHeaderCount" : "maxLineLength";
    int limit = count ? AtlasResponseLimitException.MAX_HEADER_COUNT : AtlasResponseLimitException.MAX_LINE_LENGTH;
    return new AtlasResponseLimitException(bound, limit, "The answer from " + settings.baseUrl() + " has "
        + (count ? "more than " + limit + " header lines" : "a status or header line longer than " + limit
            + " characters") + " (" + bound + "), so it was not read. The bound is fixed in the SDK's own"
        + " HttpClient; to raise it, pass your own connectionManager(...) with an Http1Config. The request"
        + " was sent: the PATCH may have been applied", e);
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "atlas-call-deadline");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
