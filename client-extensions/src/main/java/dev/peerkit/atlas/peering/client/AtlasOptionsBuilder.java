package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import dev.peerkit.atlas.peering.client.internal.EnvironmentVariables;
import dev.peerkit.atlas.peering.client.internal.retry.Sleeper;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.client.transport.DeprecationNotice;
import dev.peerkit.atlas.peering.client.transport.TokenFetchListener;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import java.net.URI;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The options shared by {@link AtlasCapability.Builder} (for your own Feign client) and {@link
 * AtlasPeeringClientBuilder} (for the ready-made facade). Only the credentials are required; every
 * other option has the default given on its method. Options are set in code only: the SDK reads no
 * environment variable or system property unless {@link #useSystemProperties()} is called.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class AtlasOptionsBuilder<B extends AtlasOptionsBuilder<B>> {

  /** Default base URL: {@value}. */
  public static final String DEFAULT_BASE_URL = "https://cloud.mongodb.com";
  /**
   * Default API version: the operation's latest resource version as the spec declares it (today
   * {@code 2023-01-01}), as MongoDB's own clients send it.
   */
  public static final String DEFAULT_API_VERSION = ApiVersions.latest().toString();

  /** Default {@link #callTimeout(Duration)}: 90 seconds. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(90);
  /** Default {@link #maxResponseBytes(int)}: {@value} bytes (1 MiB). */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 1 << 20;

  URI baseUrl = URI.create(DEFAULT_BASE_URL);
  String apiVersion = DEFAULT_API_VERSION;
  String requestedApiVersion = DEFAULT_API_VERSION;
  AtlasCredentials credentials;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration responseTimeout = Duration.ofSeconds(60);
  RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  Duration tokenExpirySkew = Duration.ofSeconds(60);
  Logger logger = LoggerFactory.getLogger(AtlasPeeringClient.class);
  feign.Logger.Level wireLogLevel;
  boolean allowInsecureHttp;
  Consumer<DeprecationNotice> onDeprecation;
  TokenFetchListener onTokenFetch;
  int maxConnections = 64;
  Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.THREAD_SLEEP;
  String proxyHost;
  int proxyPort;
  String proxyUser;
  char[] proxyPassword;
  boolean systemProperties;
  SSLContext sslContext;
  KeyStore trustStore;
  KeyStore keyStore;
  char[] keyPassword;
  HttpClientConnectionManager connectionManager;
  CloseableHttpClient httpClient;
  boolean adaptiveRateLimiting;
  Duration rateLimitMaxWait = Duration.ofSeconds(60);

  AtlasOptionsBuilder() {}

  /** @return this builder, typed as the concrete builder */
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * @param baseUrl scheme, host and optional port of Atlas, without a path; default {@value
   *     #DEFAULT_BASE_URL}. Plain {@code http://} is refused for hosts other than loopback
   *     ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) unless {@link
   *     #allowInsecureHttp(boolean)} is set
   * @return this
   * @throws IllegalArgumentException if it is not an absolute http(s) URL, or it has user info, a
   *     query, a fragment or a port above 65535 (the message never shows user info)
   */
  public B baseUrl(String baseUrl) {
    String text = Objects.requireNonNull(baseUrl, "baseUrl").strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw invalidBaseUrl(text.contains("@") ? "<redacted>" : text, "it is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawUserInfo() != null) {
      throw invalidBaseUrl(scheme + "://<redacted>@" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()),
          "credentials do not belong in the URL");
    }
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw invalidBaseUrl(text, "it must be an absolute http or https URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalidBaseUrl(text, "it must not have a query or fragment");
    }
    if (uri.getPort() > 65535) {
      throw invalidBaseUrl(text, "the port must be at most 65535");
    }
    this.baseUrl = URI.create(scheme + text.substring(uri.getScheme().length()));
    return self();
  }

  /**
   * Reads the variables the Atlas CLI and the {@code atlas-peering} CLI read (opt-in: nothing is
   * read unless this is called): the base URL from {@code MONGODB_ATLAS_OPS_MANAGER_URL} (such as
   * the simulator's {@code http://127.0.0.1:8080}), and a service account from {@code
   * MONGODB_ATLAS_CLIENT_ID} and {@code MONGODB_ATLAS_CLIENT_SECRET} when both are set, otherwise
   * an API key from {@code MONGODB_ATLAS_PUBLIC_API_KEY} and {@code MONGODB_ATLAS_PRIVATE_API_KEY}.
   * Blank counts as unset; values are trimmed. Unset variables leave the option as it is, so
   * options set after this call win.
   *
   * @return this
   * @throws IllegalStateException if only one variable of a pair is set (the message names the
   *     variables, never a value)
   * @throws IllegalArgumentException if {@code MONGODB_ATLAS_OPS_MANAGER_URL} is not a valid base URL
   */
  public B fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * {@link #fromEnvironment()} over the given variables instead of the process environment.
   *
   * @param environment variable names to values, such as {@code System.getenv()}
   * @return this
   * @throws IllegalStateException if only one variable of a pair is set
   * @throws IllegalArgumentException if {@code MONGODB_ATLAS_OPS_MANAGER_URL} is not a valid base URL
   */
  public B fromEnvironment(java.util.Map<String, String> environment) {
    EnvironmentVariables env = new EnvironmentVariables(environment);
    String url = env.get(EnvironmentVariables.BASE_URL);
    if (url != null) {
      baseUrl(url);
    }
    String id = env.get(EnvironmentVariables.CLIENT_ID);
    String secret = env.get(EnvironmentVariables.CLIENT_SECRET);
    String publicKey = env.get(EnvironmentVariables.PUBLIC_KEY);
    String privateKey = env.get(EnvironmentVariables.PRIVATE_KEY);
    if (id != null && secret != null) {
      return serviceAccount(id, secret);
    }
    if (publicKey != null && privateKey != null) {
      return apiKey(publicKey, privateKey);
    }
    env.requireBothOrNone(EnvironmentVariables.CLIENT_ID, EnvironmentVariables.CLIENT_SECRET);
    env.requireBothOrNone(EnvironmentVariables.PUBLIC_KEY, EnvironmentVariables.PRIVATE_KEY);
    return self();
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
  public B apiVersion(String apiVersion) {
    this.apiVersion = ApiVersions.resolve(apiVersion).toString();
    this.requestedApiVersion = apiVersion;
    return self();
  }

  /**
   * @param credentials service account or API key pair (required)
   * @return this
   */
  public B credentials(AtlasCredentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    return self();
  }

  /**
   * Authenticate as a service account (OAuth 2.0 client credentials, RFC 6749 section 4.4; bearer
   * tokens, RFC 6750). Works over any Feign {@code Client}.
   *
   * @param clientId client id
   * @param clientSecret client secret
   * @return this
   * @throws IllegalArgumentException if either is null or blank
   */
  public B serviceAccount(String clientId, String clientSecret) {
    return credentials(AtlasCredentials.serviceAccount(clientId, clientSecret));
  }

  /**
   * Authenticate with a programmatic API key pair (HTTP Digest, RFC 7616). Digest is computed by
   * Apache HttpClient 5, so the capability brings its own HttpClient 5 Feign client.
   *
   * @param publicKey public key
   * @param privateKey private key
   * @return this
   * @throws IllegalArgumentException if either is null or blank
   */
  public B apiKey(String publicKey, String privateKey) {
    return credentials(AtlasCredentials.apiKey(publicKey, privateKey));
  }

  /**
   * @param connectTimeout TCP connect (and TLS handshake) timeout; default 10 s
   * @return this
   * @throws IllegalArgumentException if not positive, or above {@code Integer.MAX_VALUE} ms
   */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  /**
   * @param responseTimeout how long to wait for an answer once the request is sent (socket read
   *     timeout); default 60 s. A PATCH that times out is not re-sent unless the retry policy opts in
   * @return this
   * @throws IllegalArgumentException if not positive, or above {@code Integer.MAX_VALUE} ms
   */
  public B responseTimeout(Duration responseTimeout) {
    this.responseTimeout = positive(responseTimeout, "responseTimeout");
    return self();
  }

  /**
   * @param callTimeout deadline of one attempt of a call, start to end: waiting for and fetching a
   *     service-account token, connecting, sending, and reading the whole answer (a server that
   *     drips one byte a second, or sends {@code 100 Continue} forever, is cut off here, while
   *     {@link #responseTimeout(Duration)} only bounds each read). Waits between retries are not
   *     included: they are bounded by the retry policy. Enforced on the SDK's own HttpClient 5
   *     client; over a Feign client of your own, set that client's call timeout. Default 90 s.
   *     When it runs out: {@code AtlasTimeoutException} (or {@code OAuthTokenException} while
   *     getting a token)
   * @return this
   * @throws IllegalArgumentException if not positive, or above {@code Integer.MAX_VALUE} ms
   */
  public B callTimeout(Duration callTimeout) {
    this.callTimeout = positive(callTimeout, "callTimeout");
    return self();
  }

  /**
   * @param maxResponseBytes most bytes read from one response body (an API answer, an error, a
   *     token answer); a longer body raises {@code AtlasResponseLimitException} without being read
   *     to its end. Atlas answers are a few KiB. Bodies are never decompressed (the SDK does not
   *     send {@code Accept-Encoding}). Default {@value #DEFAULT_MAX_RESPONSE_BYTES} (1 MiB)
   * @return this
   * @throws IllegalArgumentException if below 1
   */
  public B maxResponseBytes(int maxResponseBytes) {
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1");
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /**
   * @param retryPolicy retries of 429, 503 and unsent requests; default {@link RetryPolicy#DEFAULT}
   * @return this
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * @param skew a service-account token is replaced this long before its {@code expires_in} runs
   *     out; default 60 s
   * @return this
   * @throws IllegalArgumentException if negative
   */
  public B tokenExpirySkew(Duration skew) {
    if (skew == null || skew.isNegative()) {
      throw new IllegalArgumentException("tokenExpirySkew must not be negative");
    }
    this.tokenExpirySkew = skew;
    return self();
  }

  /**
   * @param logger the SLF4J logger for warnings (deprecation), retries (INFO) and Feign wire
   *     logging (DEBUG); default the logger named after {@link AtlasPeeringClient}. Credentials are
   *     never logged
   * @return this
   */
  public B logger(Logger logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
    return self();
  }

  /**
   * @param level Feign wire logging level of {@link AtlasPeeringClient}, written at DEBUG to the
   *     logger; default {@code NONE}. With your own Feign builder and an {@link AtlasCapability},
   *     set {@code .logLevel(...)} on the Feign builder instead (Feign does not let a capability
   *     change the level). Even at {@code FULL}, {@code Authorization} and other credential
   *     headers are left out
   * @return this
   */
  public B wireLogLevel(feign.Logger.Level level) {
    this.wireLogLevel = Objects.requireNonNull(level, "level");
    return self();
  }

  /**
   * @param allow send credentials over plain {@code http://} to a non-loopback host; default
   *     false. Only for trusted networks
   * @return this
   */
  public B allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return self();
  }

  /**
   * @param callback receives every {@code Deprecation}/{@code Sunset} notice (the first is also
   *     logged at WARN); default none
   * @return this
   */
  public B onDeprecation(Consumer<DeprecationNotice> callback) {
    this.onDeprecation = callback;
    return self();
  }

  /**
   * @param listener told about every service-account token request and how it ended (for
   *     metrics; it sees no token or secret); default none
   * @return this
   */
  public B onTokenFetch(TokenFetchListener listener) {
    this.onTokenFetch = listener;
    return self();
  }

  /**
   * @param maxConnections connection pool size of the SDK's own HttpClient 5 client, at least 1;
   *     default 64
   * @return this
   * @throws IllegalArgumentException if below 1
   */
  public B maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1");
    }
    this.maxConnections = maxConnections;
    return self();
  }

  /**
   * @param clock the clock for token expiry and {@code Retry-After} dates; default UTC system clock
   * @return this
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Sends every request (API, token and revoke) through an HTTP proxy; {@code https} goes through
   * a {@code CONNECT} tunnel (RFC 9110 section 9.3.6). Applies to the SDK's own HttpClient 5 client.
   *
   * @param host the proxy's host name or address
   * @param port the proxy's port, 1 to 65535
   * @return this
   * @throws IllegalArgumentException if the host is blank or the port out of range
   */
  public B proxy(String host, int port) {
    if (host == null || host.isBlank() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy needs a host and a port from 1 to 65535");
    }
    this.proxyHost = host.strip();
    this.proxyPort = port;
    return self();
  }

  /**
   * Credentials for the proxy set with {@link #proxy(String, int)}, answered to its {@code 407}
   * challenge ({@code Proxy-Authorization}, RFC 9110 section 11.7.2). They are sent to the proxy
   * only, never to Atlas.
   *
   * @param username the proxy user
   * @param password the proxy password; never logged
   * @return this
   * @throws IllegalArgumentException if the user is blank or the password null
   */
  public B proxyCredentials(String username, String password) {
    if (username == null || username.isBlank() || password == null) {
      throw new IllegalArgumentException("proxyCredentials needs a user name and a password");
    }
    this.proxyUser = username;
    this.proxyPassword = password.toCharArray();
    return self();
  }

  /**
   * Uses the JVM's standard networking properties in the SDK's own HttpClient 5 client: the proxy
   * ({@code https.proxyHost}, {@code http.proxyHost}, {@code http.nonProxyHosts}, through the
   * default {@code ProxySelector}), its credentials (the default {@code Authenticator}), and TLS
   * ({@code javax.net.ssl.trustStore}, {@code javax.net.ssl.keyStore} and their passwords and
   * types). Options set on this builder ({@link #proxy}, {@link #sslContext}) take precedence.
   *
   * @return this
   */
  public B useSystemProperties() {
    this.systemProperties = true;
    return self();
  }

  /**
   * @param sslContext the TLS context of the SDK's own HttpClient 5 client (trust and, for mutual
   *     TLS, client keys); default the JDK's. Not combinable with {@link #trustStore}/{@link #keyStore}
   * @return this
   */
  public B sslContext(SSLContext sslContext) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return self();
  }

  /**
   * @param trustStore the certificates the server's chain is checked against, instead of the
   *     JDK's default trust store (for a private CA or a self-signed test server)
   * @return this
   */
  public B trustStore(KeyStore trustStore) {
    this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
    return self();
  }

  /**
   * Client certificate for mutual TLS (RFC 8446 section 4.4.2).
   *
   * @param keyStore holds the client's private key and certificate chain
   * @param password the key's password; never logged
   * @return this
   */
  public B keyStore(KeyStore keyStore, char[] password) {
    this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
    this.keyPassword = Objects.requireNonNull(password, "password").clone();
    return self();
  }

  /**
   * Builds the SDK's HttpClient 5 client over your connection manager (your pool, TLS and socket
   * settings). The SDK does not close it: you do. Proxy and TLS options of this builder do not
   * apply to it.
   *
   * @param connectionManager the connection manager to share
   * @return this
   */
  public B connectionManager(HttpClientConnectionManager connectionManager) {
    this.connectionManager = Objects.requireNonNull(connectionManager, "connectionManager");
    return self();
  }

  /**
   * Sends the service account's requests through your HttpClient 5 client. Not for API keys:
   * Digest needs the SDK's own client set up (use {@link #connectionManager} instead). The SDK
   * does not close it, and none of this builder's transport options apply to it.
   *
   * @param httpClient your client
   * @return this
   */
  public B httpClient(CloseableHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * Turns on the adaptive rate limiter (off by default): one per client or capability, shared by
   * all its threads and Feign clients. It learns the Atlas token bucket (capacity from {@code
   * RateLimit-Limit}, capacity and refill from a 429's {@code parameters}, the level from {@code
   * RateLimit-Remaining}) and then paces requests so none is sent into an empty bucket. A request
   * whose wait would outlast the caller's {@link AtlasDeadline} (else {@link
   * #rateLimitMaxWait(Duration)}) is not sent: {@code AtlasRateLimitWaitException} says how long it
   * would have waited. See {@link AtlasCapability#rateLimitState()}.
   *
   * @param enabled whether to pace requests
   * @return this
   */
  public B adaptiveRateLimiting(boolean enabled) {
    this.adaptiveRateLimiting = enabled;
    return self();
  }

  /**
   * @param maxWait the longest the adaptive rate limiter makes a request wait when the caller set
   *     no {@link AtlasDeadline}; default 60 s
   * @return this
   * @throws IllegalArgumentException if negative
   */
  public B rateLimitMaxWait(Duration maxWait) {
    if (maxWait == null || maxWait.isNegative()) {
      throw new IllegalArgumentException("rateLimitMaxWait must not be negative");
    }
    this.rateLimitMaxWait = maxWait;
    return self();
  }

  /** Replaces how the retryer waits; for tests. */
  B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Checks the options together and freezes them.
   *
   * @throws IllegalStateException if no credentials were given, or options conflict
   * @throws IllegalArgumentException if credentials would go over plain http to a non-loopback
   *     host without {@link #allowInsecureHttp(boolean)}
   */
  AtlasSettings settings() {
    if (credentials == null) {
      throw new IllegalStateException("No credentials: call serviceAccount(clientId, clientSecret)"
          + " or apiKey(publicKey, privateKey)");
    }
    if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !isLoopback(baseUrl.getHost()) && !allowInsecureHttp) {
      throw new IllegalArgumentException("Refusing to send credentials over plain http to " + baseUrl
          + ": use https, or allowInsecureHttp(true) on a trusted network");
    }
    if (sslContext != null && (trustStore != null || keyStore != null)) {
      throw new IllegalStateException("Set either sslContext(...) or trustStore(...)/keyStore(...), not both");
    }
    boolean transportOptions = proxyHost != null || sslContext != null || trustStore != null
        || keyStore != null || systemProperties;
    if (httpClient != null && (connectionManager != null || transportOptions)) {
      throw new IllegalStateException("httpClient(...) is used as it is: configure its proxy, TLS and"
          + " pool yourself instead of with proxy/TLS/connectionManager options");
    }
    if (connectionManager != null && (sslContext != null || trustStore != null || keyStore != null)) {
      throw new IllegalStateException("TLS belongs to the connection manager you passed: configure it there");
    }
    if (!apiVersion.equals(requestedApiVersion)) {
      logger.debug("API version {} is served by resource version {}", requestedApiVersion, apiVersion);
    }
    if (proxyUser != null && proxyHost == null) {
      throw new IllegalStateException("proxyCredentials(...) needs proxy(host, port)");
    }
    if (httpClient != null && credentials instanceof AtlasCredentials.ApiKey) {
      throw new IllegalStateException("API keys use HTTP Digest, which the SDK sets up inside its own"
          + " HttpClient 5 client: pass connectionManager(...) instead of httpClient(...)");
    }
    return new AtlasSettings(baseUrl.toString(), apiVersion, credentials, connectTimeout, responseTimeout,
        retryPolicy, tokenExpirySkew, logger, wireLogLevel, onDeprecation, maxConnections, clock, sleeper,
        new AtlasSettings.Transport(proxyHost, proxyPort, proxyUser, proxyPassword, systemProperties,
            sslContext, trustStore, keyStore, keyPassword, connectionManager, httpClient),
        new AtlasSettings.Limits(callTimeout, maxResponseBytes), onTokenFetch,
        adaptiveRateLimiting ? rateLimitMaxWait : null);
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
    return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
  }

  /** Socket timeouts are int milliseconds: longer timeouts would overflow, not wait longer. */
  private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  private static Duration positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    if (d.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(name + " " + d + " is out of range: at most " + MAX_TIMEOUT
          + " (Integer.MAX_VALUE milliseconds)");
    }
    return d;
  }
}
