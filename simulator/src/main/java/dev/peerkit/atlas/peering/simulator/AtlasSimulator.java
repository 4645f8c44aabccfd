package dev.peerkit.atlas.peering.simulator;

import dev.peerkit.atlas.peering.simulator.auth.AdjustableDigestAuthenticator;
import dev.peerkit.atlas.peering.simulator.auth.OAuthTokens;
import dev.peerkit.atlas.peering.simulator.endpoint.SpecValidator;
import dev.peerkit.atlas.peering.simulator.fault.FaultInjector;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBuckets;
import dev.peerkit.atlas.peering.simulator.states.PactProviderStates;
import dev.peerkit.atlas.peering.simulator.states.ProviderStateEndpoint;
import dev.peerkit.atlas.peering.simulator.store.PeeringStore;
import dev.peerkit.atlas.peering.simulator.store.ProjectAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local MongoDB Atlas for one endpoint, {@code PATCH
 * /api/atlas/v2/groups/{groupId}/peers/{peerId}}, on embedded Jetty 12.
 *
 * <p>What it does, as real Atlas does:
 *
 * <ul>
 *   <li><b>Auth.</b> The endpoint takes an API key by HTTP Digest (RFC 7616: MD5, {@code qop=auth},
 *       realm {@value DemoCredentials#DIGEST_REALM}; expired nonces get 401 {@code stale=true}) or
 *       a service-account bearer token from {@code POST /api/oauth/token} (RFC 6749 §4.4; revoke at
 *       {@code POST /api/oauth/revoke}, RFC 7009). Without either it answers 401 with a Digest
 *       challenge.
 *   <li><b>Versions.</b> {@code Accept: application/vnd.atlas.YYYY-MM-DD+json} is required (406
 *       {@code INVALID_VERSION_DATE} otherwise); a release date is served by the latest resource
 *       version the spec declares on or before it (today {@code 2023-01-01}), which the answer's
 *       {@code Content-Type} names with {@code ;charset=utf-8}, as Atlas does. The request's
 *       {@code Content-Type} may be that versioned type or {@code application/json}.
 *   <li><b>Validation.</b> Each request is checked against the spec module's OpenAPI document: 400
 *       {@code VALIDATION_ERROR} with {@code badRequestDetail.fields}.
 *   <li><b>State.</b> An in-memory {@link PeeringStore} seeded with {@link SeedData}. An update
 *       merges the body into the stored peer, moves AWS {@code statusName} to {@code
 *       PENDING_ACCEPTANCE} and AZURE/GCP {@code status} to {@code ADDING_PEER}, and answers 200
 *       with the full peer. Unknown peers get 404 {@code RESOURCE_NOT_FOUND}; a {@code
 *       providerName} other than the peer's gets 400 {@code INVALID_ATTRIBUTE}.
 *   <li><b>Rate limits</b> (opt-in, {@link Builder#rateLimit(TokenBucketPolicy)}): a token bucket
 *       per endpoint set and project, {@code RateLimit-Limit}/{@code RateLimit-Remaining} headers
 *       and 429 {@code RATE_LIMITED_TOKEN_BUCKET} answers computed from the bucket.
 *   <li><b>Flags.</b> {@code pretty=true} indents; {@code envelope=true} answers HTTP 200 with
 *       {@code {"status": <code>, "content": ...}}, errors included.
 * </ul>
 *
 * <p>For tests it adds {@linkplain #faults() fault injection}, a {@linkplain #tokenRequestCount()
 * token request count}, optional {@code Deprecation}/{@code Sunset} headers and {@link
 * AtlasSimulatorExtension} for JUnit 5. It never logs credentials or tokens.
 *
 * <pre>{@code
 * try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
 *   String url = atlas.baseUrl() + "/api/atlas/v2/groups/" + SeedData.GROUP_ID
 *       + "/peers/" + SeedData.AWS_PEER_ID;
 *   DemoCredentials keys = atlas.demoCredentials(); // Digest: apiPublicKey/apiPrivateKey
 *   atlas.faults().rateLimited(1, Duration.ofSeconds(2)); // the next request gets a 429
 * }
 * }</pre>
 */
public final class AtlasSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AtlasSimulator.class);

  private final String host;
  private final DemoCredentials credentials;
  private final PeeringStore store = new PeeringStore();
  private final FaultInjector faults = new FaultInjector();
  private final Optional<TokenBuckets> buckets;
  private final ProjectAccess access = new ProjectAccess();
  private final OAuthTokens tokens;
  private final AdjustableDigestAuthenticator digest;
  private final Duration configuredNonceMaxAge;
  private final SimulatorServer jetty;
  private final boolean providerStates;
  private State state = State.NEW;

  private enum State {
    NEW,
    RUNNING,
    STOPPED
  }

  private AtlasSimulator(Builder config) {
    this.host = config.host;
    this.credentials = config.credentials;
    this.tokens = new OAuthTokens(config.clock, config.tokenExpiresIn);
    this.configuredNonceMaxAge = config.digestNonceMaxAge;
    this.providerStates = config.providerStates;
    this.digest = new AdjustableDigestAuthenticator(config.digestNonceMaxAge);
    this.buckets = Optional.ofNullable(config.rateLimit).map(p -> new TokenBuckets(p, config.clock));
    this.jetty = new SimulatorServer(config, store, access, faults, buckets, tokens, digest);
  }

  /**
   * Starts configuring a simulator.
   *
   * @return a builder with the defaults: 127.0.0.1, a random port, demo credentials
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server. Returns once the port is bound; the OpenAPI document keeps loading in the
   * background (about a second), and the first API request waits for it.
   *
   * @return this simulator
   * @throws IllegalStateException if it is already running or was stopped (a stopped simulator
   *     cannot be restarted; build a new one)
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized AtlasSimulator start() {
    if (state != State.NEW) {
      throw new IllegalStateException("the simulator is " + state.name().toLowerCase());
    }
    try {
      jetty.server.start();
    } catch (IOException e) {
      stopQuietly();
      throw new UncheckedIOException(
          "cannot listen on " + host + ":" + jetty.connector.getPort(), e);
    } catch (Exception e) {
      stopQuietly();
      throw new IllegalStateException("cannot start the simulator", e);
    }
    state = State.RUNNING;
    SpecValidator
        .shared(); // loads the document in the background once Jetty no longer needs the CPU
    LOG.info("Atlas simulator listening on {}", baseUrl());
    return this;
  }

  /** Stops the server and frees the port; does nothing if it is not running. */
  public synchronized void stop() {
    if (state == State.RUNNING) {
      String url = baseUrl(); // the port is gone once Jetty stops
      stopQuietly();
      LOG.info("Atlas simulator on {} stopped", url);
    }
    state = State.STOPPED;
  }

  /** Same as {@link #stop()}, for try-with-resources. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Blocks until the simulator is stopped, e.g. by another thread or a shutdown hook; for a
   * command-line process that only serves the simulator.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    jetty.server.join();
  }

  /**
   * Tells whether the server is running.
   *
   * @return {@code true} between {@link #start()} and {@link #stop()}
   */
  public synchronized boolean isRunning() {
    return state == State.RUNNING;
  }

  /**
   * Returns the base URL to point clients at.
   *
   * @return e.g. {@code http://127.0.0.1:54321}, no trailing slash
   * @throws IllegalStateException if the simulator is not running
   */
  public String baseUrl() {
    String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return "http://" + hostPart + ":" + port();
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the bound port, also when the builder asked for a random one
   * @throws IllegalStateException if the simulator is not running
   */
  public synchronized int port() {
    if (state != State.RUNNING) {
      throw new IllegalStateException("the simulator is not running");
    }
    return jetty.connector.getLocalPort();
  }

  /**
   * Returns the URL of the provider state change endpoint, when the builder turned it on.
   *
   * @return e.g. {@code http://127.0.0.1:54321/_pact/provider-states}, or empty (the default)
   * @throws IllegalStateException if the simulator is not running
   */
  public Optional<String> providerStatesUrl() {
    return providerStates ? Optional.of(baseUrl() + PactProviderStates.PATH) : Optional.empty();
  }

  /**
   * Returns the credentials the simulator accepts.
   *
   * @return by default {@link DemoCredentials#DEFAULT}
   */
  public DemoCredentials demoCredentials() {
    return credentials;
  }

  /**
   * Returns the in-memory state, to seed and inspect peering connections.
   *
   * @return the live store (changes apply to the next request)
   */
  public PeeringStore store() {
    return store;
  }

  /**
   * Returns which projects the demo credentials may change; take the Project Owner role away to
   * get 403 {@code USER_CANNOT_ACCESS_GROUP}.
   *
   * @return the live policy (changes apply to the next request)
   */
  public ProjectAccess access() {
    return access;
  }

  /**
   * Returns the fault queue for the peering endpoint. Faults apply to authenticated requests only,
   * before version checks and validation; each request takes one.
   *
   * @return the live injector
   */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * Returns the token buckets, when the builder turned rate limiting on: their policy and how many
   * requests they let through and refused (answered 429).
   *
   * @return the live buckets, or empty (the default: no rate limiting)
   */
  public Optional<TokenBuckets> rateLimits() {
    return buckets;
  }

  /**
   * Returns how many requests reached {@code POST /api/oauth/token}, successful or not, since start
   * or the last {@link #reset()}; proves that a client fetches tokens once and reuses them.
   *
   * @return the count
   */
  public int tokenRequestCount() {
    return tokens.requestCount();
  }

  /**
   * Returns how long a Digest nonce stays valid.
   *
   * @return the max nonce age
   */
  public Duration digestNonceMaxAge() {
    return Duration.ofMillis(digest.getMaxNonceAge());
  }

  /**
   * Changes how long Digest nonces stay valid, for nonces already issued too. Shortening it makes
   * outstanding nonces stale at once, which tests use to provoke {@code stale=true}.
   *
   * @param maxAge the new max age, positive
   * @throws IllegalArgumentException if {@code maxAge} is zero or negative
   */
  public void setDigestNonceMaxAge(Duration maxAge) {
    digest.setMaxNonceAge(positive(maxAge, "maxAge").toMillis());
  }

  /**
   * Puts the state back as a new simulator has it: the store holds {@link SeedData}, the
   * credentials are Project Owner everywhere, no faults
   * are queued, every token bucket is full, the token request count is zero and the Digest nonce
   * max age is the builder's.
   * Issued tokens stay valid, so clients that cache them keep working.
   */
  public void reset() {
    store.reset();
    access.reset();
    faults.clear();
    buckets.ifPresent(TokenBuckets::reset);
    tokens.resetRequestCount();
    digest.setMaxNonceAge(configuredNonceMaxAge.toMillis());
  }

  private void stopQuietly() {
    try {
      jetty.server.stop();
    } catch (Exception e) {
      LOG.warn("Error while stopping the Atlas simulator", e);
    }
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /**
   * Configures an {@link AtlasSimulator}. Reusable: each {@link #build()} makes a new simulator
   * with the current settings.
   */
  public static final class Builder {

    String host = "127.0.0.1";
    int port;
    Duration digestNonceMaxAge = Duration.ofSeconds(60);
    Duration tokenExpiresIn = Duration.ofSeconds(3600);
    DemoCredentials credentials = DemoCredentials.DEFAULT;
    Clock clock = Clock.systemUTC();
    Instant deprecation;
    Instant sunset;
    boolean providerStates;
    TokenBucketPolicy rateLimit;
    boolean rateLimitHeaders = true;

    private Builder() {}

    /**
     * Sets the address to listen on. Keep the default, 127.0.0.1, unless the simulator must be
     * reached from elsewhere (e.g. another container): it accepts fixed demo credentials.
     *
     * @param host an IP address or host name
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Sets the port; 0 (the default) picks a free one, see {@link AtlasSimulator#port()}.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets how long a Digest nonce stays valid; an older one is answered 401 {@code stale=true}.
     * Default 60 seconds (Jetty's default).
     *
     * @param maxAge the max nonce age, positive, millisecond precision
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAge} is zero or negative
     */
    public Builder digestNonceMaxAge(Duration maxAge) {
      this.digestNonceMaxAge = positive(maxAge, "maxAge");
      return this;
    }

    /**
     * Sets the lifetime of issued access tokens, announced as {@code expires_in}. Default 3600
     * seconds, as Atlas.
     *
     * @param expiresIn the lifetime; whole seconds, zero or more (zero issues dead tokens)
     * @return this builder
     * @throws IllegalArgumentException if {@code expiresIn} is negative
     */
    public Builder tokenExpiresIn(Duration expiresIn) {
      Objects.requireNonNull(expiresIn, "expiresIn");
      if (expiresIn.isNegative()) {
        throw new IllegalArgumentException("expiresIn must not be negative: " + expiresIn);
      }
      this.tokenExpiresIn = Duration.ofSeconds(expiresIn.toSeconds());
      return this;
    }

    /**
     * Sets the accepted API key and service account. Default {@link DemoCredentials#DEFAULT}.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(DemoCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets the clock that decides when access tokens expire, so tests can move time forward.
     * Default: the system clock. (Digest nonces always use the system clock; Jetty decides.)
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes the endpoint announce its deprecation: {@code Deprecation: @<epoch seconds>} (RFC 9745)
     * on every authenticated answer. Off by default.
     *
     * @param deprecatedAt when the endpoint was (or will be) deprecated
     * @return this builder
     */
    public Builder deprecation(Instant deprecatedAt) {
      this.deprecation = Objects.requireNonNull(deprecatedAt, "deprecatedAt");
      return this;
    }

    /**
     * Makes the endpoint announce its removal: {@code Sunset: <HTTP-date>} (RFC 8594) on every
     * authenticated answer. Off by default.
     *
     * @param sunsetAt when the endpoint goes away
     * @return this builder
     */
    public Builder sunset(Instant sunsetAt) {
      this.sunset = Objects.requireNonNull(sunsetAt, "sunsetAt");
      return this;
    }

    /**
     * Turns on the provider state change endpoint for Pact verifiers, {@code POST
     * /_pact/provider-states} (see {@link ProviderStateEndpoint}). Off by default: it lets any
     * local caller change data, roles, faults and accepted credentials.
     *
     * @param enabled whether to serve it
     * @return this builder
     */
    public Builder providerStates(boolean enabled) {
      this.providerStates = enabled;
      return this;
    }

    /**
     * Turns on Atlas's rate limiting: a token bucket per endpoint set and project (here the one
     * endpoint set, {@value TokenBuckets#NETWORK_PEERING}), starting full. A request to an empty
     * bucket gets 429 {@code RATE_LIMITED_TOKEN_BUCKET} with {@code Retry-After} and {@code
     * parameters} [path, retryAfter, capacity, refillRate, refillDurationSeconds]; every
     * authenticated answer of the endpoint carries {@code RateLimit-Limit} and {@code
     * RateLimit-Remaining} (see {@link #rateLimitHeaders(boolean)}). Off by default.
     *
     * @param policy capacity and refill
     * @return this builder
     */
    public Builder rateLimit(TokenBucketPolicy policy) {
      this.rateLimit = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Whether answers carry {@code RateLimit-Limit}/{@code RateLimit-Remaining}; MongoDB says they
     * may be absent, so clients must cope without them. Default {@code true}.
     *
     * @param send {@code false} to leave both headers out
     * @return this builder
     */
    public Builder rateLimitHeaders(boolean send) {
      this.rateLimitHeaders = send;
      return this;
    }

    /**
     * Builds a simulator, not yet started.
     *
     * @return the simulator; call {@link AtlasSimulator#start()}
     */
    public AtlasSimulator build() {
      return new AtlasSimulator(this);
    }
  }
}
