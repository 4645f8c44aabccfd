package dev.peerkit.atlas.peering.spring.internal;

import dev.peerkit.atlas.peering.spring.AtlasPeeringObserver;
import feign.Client;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Records the SDK's work in Micrometer. Meters, tagged only with low-cardinality values (never
 * ids, URLs, credentials or server text):
 *
 * <ul>
 *   <li>{@code atlas.peering.requests} (timer): each HTTP attempt to Atlas; tags {@code method},
 *       {@code status} (the HTTP status, or {@code IO_ERROR}), {@code outcome} ({@code SUCCESS},
 *       {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code IO_ERROR});
 *   <li>{@code atlas.peering.rate.limited} (counter): 429 answers;
 *   <li>{@code atlas.peering.retries} (counter): attempts re-sent; tag {@code reason} (the status
 *       retried, such as {@code 429}, or {@code IO_ERROR});
 *   <li>{@code atlas.peering.token.fetches} (counter): service-account token requests; tag {@code
 *       outcome} ({@code SUCCESS}, {@code REFUSED}, {@code UNREACHABLE}).
 * </ul>
 *
 * <p>The registry is looked up at the first measurement, so the order of auto-configurations does
 * not matter; without a registry nothing is recorded.
 */
public final class MicrometerAtlasObserver implements AtlasPeeringObserver {

  private final Supplier<MeterRegistry> registry;
  private final String baseUrl;

  /**
   * @param registry supplies the registry, or {@code null} when there is none
   * @param baseUrl the Atlas base URL; requests elsewhere through a shared Feign stack are not counted
   */
  public MicrometerAtlasObserver(Supplier<MeterRegistry> registry, String baseUrl) {
    this.registry = registry;
    this.baseUrl = baseUrl;
  }

  @Override
  public Client enrich(Client client) {
    // Feign's default client is the AtlasCapability's to replace; it runs first and never leaves one.
    if (client == null || client.getClass() == Client.Default.class
        || client.getClass().getName().equals("feign.DefaultClient")) { // named: Feign 13.6 lacks it
      return client;
    }
    return new MeteredClient(client);
  }

  @Override
  public Retryer enrich(Retryer retryer) {
    return retryer == null ? null : new CountingRetryer(retryer);
  }

  @Override
  public void tokenFetched(Outcome outcome) {
    MeterRegistry meters = registry.get();
    if (meters != null) {
      Counter.builder("atlas.peering.token.fetches").description("Service-account token requests")
          .tag("outcome", outcome.name()).register(meters).increment();
    }
  }

  private boolean targetsAtlas(String url) {
    return url != null && url.regionMatches(true, 0, baseUrl, 0, baseUrl.length());
  }

  private final class MeteredClient implements Client {
    private final Client delegate;

    MeteredClient(Client delegate) {
      this.delegate = delegate;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      MeterRegistry meters = targetsAtlas(request.url()) ? registry.get() : null;
      if (meters == null) {
        return delegate.execute(request, options);
      }
      long start = System.nanoTime();
      try {
        Response response = delegate.execute(request, options);
        record(meters, request, String.valueOf(response.status()), outcome(response.status()), start);
        if (response.status() == 429) {
          Counter.builder("atlas.peering.rate.limited").description("429 answers from Atlas")
              .register(meters).increment();
        }
        return response;
      } catch (IOException | RuntimeException e) {
        record(meters, request, "IO_ERROR", "IO_ERROR", start);
        throw e;
      }
    }

    private void record(MeterRegistry meters, Request request, String status, String outcome, long start) {
      Timer.builder("atlas.peering.requests").description("HTTP attempts to Atlas")
          .tag("method", request.httpMethod().name()).tag("status", status).tag("outcome", outcome)
          .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private String outcome(int status) {
      if (status < 400) {
        return "SUCCESS";
      }
      return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
  }

  private final class CountingRetryer implements Retryer {
    private final Retryer delegate;

    CountingRetryer(Retryer delegate) {
      this.delegate = delegate;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
      delegate.continueOrPropagate(e); // throws when no retry is left: nothing to count
      MeterRegistry meters = registry.get();
      if (meters != null) {
        String reason = e.status() > 0 ? String.valueOf(e.status()) : "IO_ERROR";
        Counter.builder("atlas.peering.retries").description("Attempts re-sent to Atlas")
            .tag("reason", reason.toUpperCase(Locale.ROOT)).register(meters).increment();
      }
    }

    @Override
    public Retryer clone() {
      return new CountingRetryer(delegate.clone());
    }
  }
}
