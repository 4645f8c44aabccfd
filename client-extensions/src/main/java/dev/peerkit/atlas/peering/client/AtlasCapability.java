package dev.peerkit.atlas.peering.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.AtlasCredentials.ServiceAccount;
import dev.peerkit.atlas.peering.client.internal.AtlasClient;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import dev.peerkit.atlas.peering.client.internal.auth.ServiceAccountTokenProvider;
import dev.peerkit.atlas.peering.client.internal.codec.AtlasEncoder;
import dev.peerkit.atlas.peering.client.internal.codec.AtlasErrorDecoder;
import dev.peerkit.atlas.peering.client.internal.codec.EnvelopeDecoder;
import dev.peerkit.atlas.peering.client.internal.logging.RedactingSlf4jLogger;
import dev.peerkit.atlas.peering.client.internal.ratelimit.AdaptiveRateLimiter;
import dev.peerkit.atlas.peering.client.internal.ratelimit.RateLimitingClient;
import dev.peerkit.atlas.peering.client.internal.retry.AtlasRetryer;
import dev.peerkit.atlas.peering.client.internal.transport.DeprecationWatcher;
import dev.peerkit.atlas.peering.client.internal.transport.HttpClientFactory;
import dev.peerkit.atlas.peering.client.internal.validation.ValidatingInvocationHandlerFactory;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import feign.Capability;
import feign.Client;
import feign.InvocationHandlerFactory;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.codec.ErrorDecoder;
import feign.hc5.ApacheHttp5Client;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Everything the SDK adds to a Feign client, as one Feign {@link Capability}: add it to any {@code
 * Feign.builder()} (or declare it as a bean for Spring Cloud OpenFeign) that targets the generated
 * {@code NetworkPeeringApi}, and calls get
 *
 * <ul>
 *   <li>the Atlas headers: {@code Accept} and {@code Content-Type: application/vnd.atlas.<date>+json},
 *       {@code User-Agent};
 *   <li>authentication: a service account's bearer token (RFC 6750, fetched with the client
 *       credentials grant of RFC 6749 section 4.4, cached, single-flight, refreshed once on a 401),
 *       over any Feign {@code Client}; or API keys as HTTP Digest (RFC 7616), computed by the
 *       capability's own Apache HttpClient 5 client;
 *   <li>envelope unwrapping ({@code envelope=true}) and {@code ApiResponse} (the generated {@code
 *       ...WithHttpInfo} methods) answers as {@link AtlasResponse};
 *   <li>typed errors: Feign's per-status exceptions implementing {@code AtlasApiError}, thrown as
 *       they are (no {@code ExceptionPropagationPolicy} needed);
 *   <li>{@code Retry-After}-aware retries of 429, 503 and requests that were never sent;
 *   <li>opt-in, an adaptive rate limiter that learns the Atlas token bucket and paces requests,
 *       one per capability, shared by every Feign client and thread it serves;
 *   <li>the spec's client-side validation before any I/O, also for calls through the generated
 *       interface;
 *   <li>a wire logger that never prints credentials (Feign does not let a capability set the log
 *       level: set {@code .logLevel(...)} on your Feign builder), and no redirect ever followed;
 *   <li>bounds against a faulty or hostile server: a per-attempt {@code callTimeout}, a response
 *       body limit ({@code maxResponseBytes}), status and header line limits, no decompression,
 *       explicit JSON parser limits, at most one re-authentication per call, idle connections
 *       checked before reuse; each bound hit is a typed exception naming it (README, "Limits and
 *       failure behaviour").
 * </ul>
 *
 * <p>Requests to other hosts (a Feign stack shared with other services) pass through untouched and
 * never get Atlas credentials. The Feign builder's {@code Client}: when it is Feign's default, the
 * capability supplies its own HttpClient 5 client (with the proxy, TLS and pool options); any other
 * client is kept for service accounts, and refused for API keys.
 *
 * <pre>{@code
 * try (AtlasCapability atlas = AtlasCapability.builder()
 *     .baseUrl("https://cloud.mongodb.com")
 *     .serviceAccount(clientId, clientSecret)
 *     .build()) {
 *   NetworkPeeringApi api = Feign.builder().addCapability(atlas)
 *       .target(NetworkPeeringApi.class, atlas.baseUrl());
 * }
 * }</pre>
 *
 * <p>Thread-safe; one capability may serve many Feign clients, sharing one token and one pool.
 * {@link #close()} revokes the token and releases the connections.
 */
public final class AtlasCapability implements Capability, AutoCloseable {

  private final AtlasSettings settings;
  private final ObjectMapper mapper = AtlasObjectMapper.create();
  private final AtlasErrorDecoder.Errors errors;
  private final ServiceAccountTokenProvider tokens;
  private final DeprecationWatcher deprecations;
  private final AdaptiveRateLimiter rateLimiter;
  private final Object lock = new Object();
  private CloseableHttpClient ownHttpClient;
  private boolean closed;

  AtlasCapability(AtlasSettings settings) {
    this.settings = settings;
    this.errors = new AtlasErrorDecoder.Errors(mapper, settings.apiVersion(), settings.clock());
    this.tokens = settings.credentials() instanceof ServiceAccount sa
        ? new ServiceAccountTokenProvider(settings.baseUrl(), sa.clientId(), sa.clientSecret(),
            settings.tokenExpirySkew(), settings.clock(), mapper, settings.logger(),
            settings.limits().maxResponseBytes(), settings.onTokenFetch())
        : null;
    this.deprecations = new DeprecationWatcher(settings.logger(), settings.onDeprecation());
    this.rateLimiter = settings.rateLimitMaxWait() == null ? null : new AdaptiveRateLimiter(settings.logger());
  }

  /** @return a new builder; see {@link AtlasOptionsBuilder} for the options and defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the base URL to target, such as {@code https://cloud.mongodb.com} (no trailing slash) */
  public String baseUrl() {
    return settings.baseUrl();
  }

  /** @return the API version date sent, such as {@code 2025-03-12} */
  public String apiVersion() {
    return settings.apiVersion();
  }

  /**
   * @return what the adaptive rate limiter has learned and seen, or empty when it is off (see
   *     {@link AtlasOptionsBuilder#adaptiveRateLimiting(boolean)})
   */
  public Optional<AdaptiveRateLimitState> rateLimitState() {
    return rateLimiter == null ? Optional.empty() : Optional.of(rateLimiter.state());
  }

  /**
   * Wraps the transport: Atlas headers, authentication, deprecation notices and, when on, the
   * adaptive rate limiter.
   *
   * @throws IllegalStateException with API keys, when the Feign builder has a client other than
   *     Feign's default (Digest needs the capability's own HttpClient 5 client)
   */
  @Override
  public Client enrich(Client client) {
    Client transport;
    if (isFeignDefault(client)) {
      transport = new ApacheHttp5Client(httpClient());
    } else if (tokens == null) {
      throw new IllegalStateException("API keys are sent as HTTP Digest, which the Atlas capability"
          + " computes in its own Apache HttpClient 5 client, but this Feign builder has its own client ("
          + client.getClass().getName() + "). Remove .client(...) from the Feign builder (the capability"
          + " then supplies one, with the proxy, TLS and pool options of AtlasCapability.builder()),"
          + " or use a service account, which works over any Feign client.");
    } else {
      transport = client;
    }
    Client atlas = new AtlasClient(transport, settings, tokens, deprecations);
    return rateLimiter == null ? atlas
        : new RateLimitingClient(atlas, settings, rateLimiter, settings.rateLimitMaxWait(), mapper);
  }

  /**
   * Feign's own default ({@code HttpURLConnection}, which cannot send PATCH): replaced by HttpClient 5.
   * {@code feign.DefaultClient} is named, not referenced: Feign 13.6 (Spring Cloud 2025.0's) lacks it.
   */
  private static boolean isFeignDefault(Client client) {
    return client == null || client.getClass() == Client.Default.class
        || client.getClass().getName().equals("feign.DefaultClient");
  }

  /** Retries 429, 503 and unsent requests per the retry policy; throws the typed exception. */
  @Override
  public Retryer enrich(Retryer retryer) {
    return new AtlasRetryer(settings, retryer);
  }

  /** Writes the generated models with the SDK's mapper (explicit nulls, no read-only fields). */
  @Override
  public Encoder enrich(Encoder encoder) {
    return new AtlasEncoder(mapper, encoder);
  }

  /** Unwraps envelopes, answers {@code ApiResponse} types, and types unreadable bodies. */
  @Override
  public Decoder enrich(Decoder decoder) {
    return new EnvelopeDecoder(mapper, errors, settings, decoder);
  }

  /** Turns Atlas error answers into typed exceptions. */
  @Override
  public ErrorDecoder enrich(ErrorDecoder errorDecoder) {
    return new AtlasErrorDecoder(errors, settings, errorDecoder);
  }

  /** The connect and response timeouts; redirects are never followed. */
  @Override
  public Request.Options enrich(Request.Options options) {
    return new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
  }

  /** A wire logger that leaves out credential headers, writing to the configured SLF4J logger. */
  @Override
  public Logger enrich(Logger logger) {
    return new RedactingSlf4jLogger(settings.logger());
  }

  /** @return the configured wire log level, or {@code null}; the facade sets it on its Feign builder */
  feign.Logger.Level wireLogLevel() {
    return settings.wireLogLevel();
  }

  /** Validates calls of the generated interfaces against the spec before any I/O. */
  @Override
  public InvocationHandlerFactory enrich(InvocationHandlerFactory factory) {
    return new ValidatingInvocationHandlerFactory(factory);
  }

  private CloseableHttpClient httpClient() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("This AtlasCapability is closed");
      }
      if (settings.transport().httpClient() != null) {
        return settings.transport().httpClient();
      }
      if (ownHttpClient == null) {
        ownHttpClient = HttpClientFactory.create(settings);
      }
      return ownHttpClient;
    }
  }

  /**
   * Revokes the service-account token, if one was fetched ({@code POST {base}/api/oauth/revoke},
   * RFC 7009, at most 5 s in all over the SDK's own HttpClient 5 client), and closes the capability's own HttpClient (not one you passed in).
   * Feign clients enriched by it must not be used afterwards.
   */
  @Override
  public void close() {
    if (tokens != null) {
      tokens.revoke();
    }
    CloseableHttpClient http;
    synchronized (lock) {
      closed = true;
      http = ownHttpClient;
      ownHttpClient = null;
    }
    if (http != null) {
      try {
        http.close();
      } catch (IOException e) {
        settings.logger().debug("Closing the HTTP client failed: {}", e.toString());
      }
    }
  }

  /** Configures and builds an {@link AtlasCapability}; see {@link AtlasOptionsBuilder}. */
  public static final class Builder extends AtlasOptionsBuilder<Builder> {

    Builder() {}

    /**
     * @return the capability; add it to a {@code Feign.builder()} with {@code addCapability}
     * @throws IllegalStateException if no credentials were given, or options conflict
     * @throws IllegalArgumentException if credentials would go over plain http to a non-loopback
     *     host without {@link #allowInsecureHttp(boolean)}
     */
    public AtlasCapability build() {
      return new AtlasCapability(settings());
    }
  }
}
