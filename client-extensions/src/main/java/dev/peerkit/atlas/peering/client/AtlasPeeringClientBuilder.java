package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.client.retry.AtlasRetryer;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.client.transport.DeprecationNotice;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures and builds an {@link AtlasPeeringClient}. Only the credentials are required; every
 * other option has the default given on its method. Options are set in code only: the SDK reads
 * no environment variable or system property (the CLI maps the {@code MONGODB_ATLAS_*} variables
 * onto these options).
 *
 * <pre>{@code
 * try (AtlasPeeringClient client = AtlasPeeringClient.builder()
 *     .serviceAccount(System.getenv("MONGODB_ATLAS_CLIENT_ID"), System.getenv("MONGODB_ATLAS_CLIENT_SECRET"))
 *     .build()) {
 *   PeeringConnection updated = client.updatePeeringConnection(groupId, peerId, update);
 * }
 * }</pre>
 */
public final class AtlasPeeringClientBuilder {

  /** Default base URL: {@value}. */
  public static final String DEFAULT_BASE_URL = "https://cloud.mongodb.com";
  /**
   * Default API version: the operation's latest resource version as the spec declares it (today
   * {@code 2023-01-01}), as MongoDB's own clients send it.
   */
  public static final String DEFAULT_API_VERSION = ApiVersions.latest().toString();

  URI baseUrl = URI.create(DEFAULT_BASE_URL);
  String apiVersion = DEFAULT_API_VERSION;
  String requestedApiVersion = DEFAULT_API_VERSION;
  AtlasCredentials credentials;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration responseTimeout = Duration.ofSeconds(60);
  RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  Duration tokenExpirySkew = Duration.ofSeconds(60);
  Logger logger = LoggerFactory.getLogger(AtlasPeeringClient.class);
  feign.Logger.Level wireLogLevel = feign.Logger.Level.NONE;
  boolean allowInsecureHttp;
  Consumer<DeprecationNotice> onDeprecation;
  int maxConnections = 64;
  Clock clock = Clock.systemUTC();
  AtlasRetryer.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

  AtlasPeeringClientBuilder() {}

  /**
   * @param baseUrl scheme, host and optional port of Atlas, without a path; default {@value
   *     #DEFAULT_BASE_URL}. Plain {@code http://} is refused for hosts other than loopback
   *     ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) unless {@link
   *     #allowInsecureHttp(boolean)} is set
   * @return this
   * @throws IllegalArgumentException if it is not an absolute http(s) URL, or it has user info, a
   *     query, a fragment or a port above 65535 (the message never shows user info)
   */
  public AtlasPeeringClientBuilder baseUrl(String baseUrl) {
    String text = Objects.requireNonNull(baseUrl, "baseUrl").strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw invalidBaseUrl(text, "it is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw invalidBaseUrl(text, "it must be an absolute http or https URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalidBaseUrl(scheme + "://<redacted>@" + uri.getHost(), "credentials do not belong in the URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalidBaseUrl(text, "it must not have a query or fragment");
    }
    if (uri.getPort() > 65535) {
      throw invalidBaseUrl(text, "the port must be at most 65535");
    }
    this.baseUrl = URI.create(scheme + text.substring(uri.getScheme().length()));
    return this;
  }

  private static IllegalArgumentException invalidBaseUrl(String shown, String why) {
    return new IllegalArgumentException("Invalid base URL '" + shown + "': " + why
        + "; expected scheme, host and optional port, such as " + DEFAULT_BASE_URL);
  }

  /**
   * @param apiVersion a release date {@code YYYY-MM-DD}; the client sends the latest resource
   *     version on or before it (see {@link ApiVersions}) as {@code Accept} and {@code
   *     Content-Type: application/vnd.atlas.<version>+json}, and says so once at DEBUG when built.
   *     Default {@link #DEFAULT_API_VERSION}
   * @return this
   * @throws IllegalArgumentException if not a {@code YYYY-MM-DD} date, or before the operation's
   *     first resource version
   */
  public AtlasPeeringClientBuilder apiVersion(String apiVersion) {
    this.apiVersion = ApiVersions.resolve(apiVersion).toString();
    this.requestedApiVersion = apiVersion;
    return this;
  }

  /**
   * @param credentials service account or API key pair (required)
   * @return this
   */
  public AtlasPeeringClientBuilder credentials(AtlasCredentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    return this;
  }

  /**
   * Authenticate as a service account (OAuth 2.0 client credentials, bearer tokens).
   *
   * @param clientId client id
   * @param clientSecret client secret
   * @return this
   * @throws IllegalArgumentException if either is null or blank
   */
  public AtlasPeeringClientBuilder serviceAccount(String clientId, String clientSecret) {
    return credentials(AtlasCredentials.serviceAccount(clientId, clientSecret));
  }

  /**
   * Authenticate with a programmatic API key pair (HTTP Digest, RFC 7616).
   *
   * @param publicKey public key
   * @param privateKey private key
   * @return this
   * @throws IllegalArgumentException if either is null or blank
   */
  public AtlasPeeringClientBuilder apiKey(String publicKey, String privateKey) {
    return credentials(AtlasCredentials.apiKey(publicKey, privateKey));
  }

  /**
   * @param connectTimeout TCP connect timeout; default 10 s
   * @return this
   */
  public AtlasPeeringClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return this;
  }

  /**
   * @param responseTimeout how long to wait for an answer once the request is sent (socket read
   *     timeout); default 60 s. A PATCH that times out is not re-sent unless the retry policy opts in
   * @return this
   */
  public AtlasPeeringClientBuilder responseTimeout(Duration responseTimeout) {
    this.responseTimeout = positive(responseTimeout, "responseTimeout");
    return this;
  }

  /**
   * @param retryPolicy retries of 429, 503 and unsent requests; default {@link RetryPolicy#DEFAULT}
   * @return this
   */
  public AtlasPeeringClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /**
   * @param skew a service-account token is replaced this long before its {@code expires_in} runs
   *     out; default 60 s
   * @return this
   */
  public AtlasPeeringClientBuilder tokenExpirySkew(Duration skew) {
    if (skew == null || skew.isNegative()) {
      throw new IllegalArgumentException("tokenExpirySkew must not be negative");
    }
    this.tokenExpirySkew = skew;
    return this;
  }

  /**
   * @param logger the SLF4J logger for warnings (deprecation), retries (INFO) and Feign wire
   *     logging (DEBUG); default the logger named after {@link AtlasPeeringClient}. Credentials are
   *     never logged
   * @return this
   */
  public AtlasPeeringClientBuilder logger(Logger logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
    return this;
  }

  /**
   * @param level Feign wire logging level, written at DEBUG to the logger; default {@code NONE}.
   *     Even at {@code FULL}, {@code Authorization} and other credential headers are left out
   * @return this
   */
  public AtlasPeeringClientBuilder wireLogLevel(feign.Logger.Level level) {
    this.wireLogLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * @param allow send credentials over plain {@code http://} to a non-loopback host; default
   *     false. Only for trusted networks
   * @return this
   */
  public AtlasPeeringClientBuilder allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return this;
  }

  /**
   * @param callback receives every {@code Deprecation}/{@code Sunset} notice (the first is also
   *     logged at WARN); default none
   * @return this
   */
  public AtlasPeeringClientBuilder onDeprecation(Consumer<DeprecationNotice> callback) {
    this.onDeprecation = callback;
    return this;
  }

  /**
   * @param maxConnections connection pool size, at least 1; default 64
   * @return this
   */
  public AtlasPeeringClientBuilder maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1");
    }
    this.maxConnections = maxConnections;
    return this;
  }

  /**
   * @param clock the clock for token expiry and {@code Retry-After} dates; default UTC system clock
   * @return this
   */
  public AtlasPeeringClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Replaces how the retryer waits; for tests. */
  AtlasPeeringClientBuilder sleeper(AtlasRetryer.Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  /**
   * Builds the client. It is thread-safe; share one per set of credentials and close it when done.
   *
   * @return the client
   * @throws IllegalStateException if no credentials were given
   * @throws IllegalArgumentException if credentials would go over plain http to a non-loopback
   *     host without {@link #allowInsecureHttp(boolean)}
   */
  public AtlasPeeringClient build() {
    if (credentials == null) {
      throw new IllegalStateException("No credentials: call serviceAccount(clientId, clientSecret)"
          + " or apiKey(publicKey, privateKey)");
    }
    if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !isLoopback(baseUrl.getHost()) && !allowInsecureHttp) {
      throw new IllegalArgumentException("Refusing to send credentials over plain http to " + baseUrl
          + ": use https, or allowInsecureHttp(true) on a trusted network");
    }
    if (!apiVersion.equals(requestedApiVersion)) {
      logger.debug("API version {} is served by resource version {}", requestedApiVersion, apiVersion);
    }
    return new AtlasPeeringClient(this);
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
    return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
  }

  private static Duration positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return d;
  }
}
