package dev.peerkit.atlas.peering.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code atlas.peering.*} properties: the options of {@code AtlasOptionsBuilder}, bound by
 * Spring Boot. Only one credential pair is required; every other property has the SDK's default.
 * Secrets ({@code client-secret}, {@code private-key}, proxy and trust-store passwords) are masked
 * in {@code /actuator/env} and {@code /actuator/configprops} and never logged.
 *
 * <pre>
 * atlas.peering.base-url=https://cloud.mongodb.com
 * atlas.peering.service-account.client-id=mdb_sa_id_...
 * atlas.peering.service-account.client-secret=${ATLAS_CLIENT_SECRET}
 * </pre>
 */
@ConfigurationProperties(prefix = AtlasPeeringProperties.PREFIX)
public class AtlasPeeringProperties {

  /** The property prefix, {@value}. */
  public static final String PREFIX = "atlas.peering";

  /**
   * Whether to configure the SDK at all.
   */
  private boolean enabled = true;

  /**
   * Atlas base URL: scheme, host and optional port, no path. Plain http is accepted only for
   * loopback hosts (a local simulator) unless allow-insecure-http is set.
   */
  private String baseUrl = "https://cloud.mongodb.com";

  /**
   * API version: a release date YYYY-MM-DD, served by the operation's latest resource version on
   * or before it. Default: the latest resource version the spec declares.
   */
  private String apiVersion;

  /** Send credentials over plain http to a non-loopback host. Only for trusted networks. */
  private boolean allowInsecureHttp;

  /** TCP connect and TLS handshake timeout. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** How long to wait for an answer once the request is sent (socket read timeout). */
  private Duration responseTimeout = Duration.ofSeconds(60);

  /**
   * Deadline of one attempt, start to end: token fetch, connect, send and reading the whole answer
   * (waits between retries excluded). Enforced on the SDK's own HttpClient 5 client.
   */
  private Duration callTimeout = Duration.ofSeconds(90);

  /** Most bytes of an answer body read (API, error and token answers); larger answers are refused. */
  private int maxResponseBytes = 1 << 20;

  /** Pace requests by the Atlas rate-limit bucket learned from answers (opt-in). */
  private final RateLimit rateLimit = new RateLimit();

  /** A service-account token is replaced this long before it expires. */
  private Duration tokenExpirySkew = Duration.ofSeconds(60);

  /** Connection pool size of the SDK's own HttpClient 5 client. */
  private int maxConnections = 64;

  /** Service account (OAuth 2.0 client credentials); preferred when both pairs are set. */
  private final ServiceAccount serviceAccount = new ServiceAccount();

  /** Programmatic API key pair, sent as HTTP Digest. */
  private final ApiKey apiKey = new ApiKey();

  /** Retries of 429, 503 and requests that were never sent. */
  private final Retry retry = new Retry();

  /** HTTP proxy for API, token and revoke requests. */
  private final Proxy proxy = new Proxy();

  /** TLS trust: the certificates Atlas's chain is checked against, instead of the JDK's. */
  private final TrustStore trustStore = new TrustStore();

  /** @return whether the SDK is configured */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether the SDK is configured */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the Atlas base URL */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** @param baseUrl the Atlas base URL */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the API version date, or {@code null} for the SDK's default */
  public String getApiVersion() {
    return apiVersion;
  }

  /** @param apiVersion the API version date {@code YYYY-MM-DD} */
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** @return whether plain http to non-loopback hosts is allowed */
  public boolean isAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** @param allowInsecureHttp whether plain http to non-loopback hosts is allowed */
  public void setAllowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /** @return the connect timeout */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @param connectTimeout the connect timeout */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** @return the response timeout */
  public Duration getResponseTimeout() {
    return responseTimeout;
  }

  /** @param responseTimeout the response timeout */
  public void setResponseTimeout(Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  /** @return the deadline of one attempt */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** @param callTimeout the deadline of one attempt, at least 1 ms */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** @return the most bytes of an answer body read */
  public int getMaxResponseBytes() {
    return maxResponseBytes;
  }

  /** @param maxResponseBytes the most bytes of an answer body read, at least 1 */
  public void setMaxResponseBytes(int maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  /** @return the adaptive rate limiter's settings */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /** @return how early a token is replaced */
  public Duration getTokenExpirySkew() {
    return tokenExpirySkew;
  }

  /** @param tokenExpirySkew how early a token is replaced */
  public void setTokenExpirySkew(Duration tokenExpirySkew) {
    this.tokenExpirySkew = tokenExpirySkew;
  }

  /** @return the pool size */
  public int getMaxConnections() {
    return maxConnections;
  }

  /** @param maxConnections the pool size, at least 1 */
  public void setMaxConnections(int maxConnections) {
    this.maxConnections = maxConnections;
  }

  /** @return the service-account credentials */
  public ServiceAccount getServiceAccount() {
    return serviceAccount;
  }

  /** @return the API key credentials */
  public ApiKey getApiKey() {
    return apiKey;
  }

  /** @return the retry settings */
  public Retry getRetry() {
    return retry;
  }

  /** @return the proxy settings */
  public Proxy getProxy() {
    return proxy;
  }

  /** @return the trust-store settings */
  public TrustStore getTrustStore() {
    return trustStore;
  }

  /** Service-account credentials. */
  public static class ServiceAccount {

    /** Client id, such as mdb_sa_id_... */
    private String clientId;

    /** Client secret, such as mdb_sa_sk_...; masked in actuator endpoints and never logged. */
    private String clientSecret;

    /** @return the client id */
    public String getClientId() {
      return clientId;
    }

    /** @param clientId the client id */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /** @return the client secret */
    public String getClientSecret() {
      return clientSecret;
    }

    /** @param clientSecret the client secret */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }
  }

  /** Programmatic API key pair (HTTP Digest, RFC 7616). */
  public static class ApiKey {

    /** Public key. */
    private String publicKey;

    /** Private key; masked in actuator endpoints and never logged. */
    private String privateKey;

    /** @return the public key */
    public String getPublicKey() {
      return publicKey;
    }

    /** @param publicKey the public key */
    public void setPublicKey(String publicKey) {
      this.publicKey = publicKey;
    }

    /** @return the private key */
    public String getPrivateKey() {
      return privateKey;
    }

    /** @param privateKey the private key */
    public void setPrivateKey(String privateKey) {
      this.privateKey = privateKey;
    }
  }

  /** Retry policy: 429 and 503 honouring Retry-After, and requests that were never sent. */
  public static class Retry {

    /** Attempts in all, the first included; 1 turns retries off. */
    private int maxAttempts = 3;

    /** First backoff; doubles per attempt, with full jitter. */
    private Duration initialBackoff = Duration.ofMillis(500);

    /** The longest wait; a longer Retry-After is thrown at once. */
    private Duration maxDelay = Duration.ofSeconds(60);

    /** Re-send a request after a read timeout (off: a PATCH may have been applied). */
    private boolean retryReadTimeouts;

    /** @return attempts in all */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** @param maxAttempts attempts in all, at least 1 */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** @return the first backoff */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /** @param initialBackoff the first backoff */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** @return the longest wait */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /** @param maxDelay the longest wait */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    /** @return whether read timeouts are retried */
    public boolean isRetryReadTimeouts() {
      return retryReadTimeouts;
    }

    /** @param retryReadTimeouts whether read timeouts are retried */
    public void setRetryReadTimeouts(boolean retryReadTimeouts) {
      this.retryReadTimeouts = retryReadTimeouts;
    }
  }

  /** HTTP proxy; https goes through a CONNECT tunnel. */
  public static class Proxy {

    /** Proxy host; none when unset. */
    private String host;

    /** Proxy port. */
    private int port = 8080;

    /** Proxy user, answered to the proxy's 407. */
    private String username;

    /** Proxy password; masked in actuator endpoints and never logged. */
    private String password;

    /** Use the JVM's https.proxyHost, http.nonProxyHosts, javax.net.ssl.* properties. */
    private boolean useSystemProperties;

    /** @return the proxy host, or {@code null} */
    public String getHost() {
      return host;
    }

    /** @param host the proxy host */
    public void setHost(String host) {
      this.host = host;
    }

    /** @return the proxy port */
    public int getPort() {
      return port;
    }

    /** @param port the proxy port */
    public void setPort(int port) {
      this.port = port;
    }

    /** @return the proxy user, or {@code null} */
    public String getUsername() {
      return username;
    }

    /** @param username the proxy user */
    public void setUsername(String username) {
      this.username = username;
    }

    /** @return the proxy password, or {@code null} */
    public String getPassword() {
      return password;
    }

    /** @param password the proxy password */
    public void setPassword(String password) {
      this.password = password;
    }

    /** @return whether the JVM's networking properties apply */
    public boolean isUseSystemProperties() {
      return useSystemProperties;
    }

    /** @param useSystemProperties whether the JVM's networking properties apply */
    public void setUseSystemProperties(boolean useSystemProperties) {
      this.useSystemProperties = useSystemProperties;
    }
  }

  /** A trust store file (PKCS12 or JKS). */
  public static class TrustStore {

    /** Trust store location, a Spring resource such as file:/etc/atlas/ca.p12 or classpath:ca.p12. */
    private String location;

    /** Trust store password; masked in actuator endpoints and never logged. */
    private String password;

    /** Trust store type. */
    private String type = "PKCS12";

    /** @return the location, or {@code null} */
    public String getLocation() {
      return location;
    }

    /** @param location the location */
    public void setLocation(String location) {
      this.location = location;
    }

    /** @return the password, or {@code null} */
    public String getPassword() {
      return password;
    }

    /** @param password the password */
    public void setPassword(String password) {
      this.password = password;
    }

    /** @return the type */
    public String getType() {
      return type;
    }

    /** @param type the type, such as PKCS12 or JKS */
    public void setType(String type) {
      this.type = type;
    }
  }

  /** The opt-in adaptive rate limiter ({@code AtlasOptionsBuilder#adaptiveRateLimiting}). */
  public static class RateLimit {

    /** Pace requests so none is sent into an empty Atlas bucket once its size is known. */
    private boolean adaptive;

    /** The longest a request waits for the bucket when the caller set no deadline. */
    private Duration maxWait = Duration.ofSeconds(60);

    /** @return whether requests are paced */
    public boolean isAdaptive() {
      return adaptive;
    }

    /** @param adaptive whether requests are paced */
    public void setAdaptive(boolean adaptive) {
      this.adaptive = adaptive;
    }

    /** @return the longest wait for the bucket */
    public Duration getMaxWait() {
      return maxWait;
    }

    /** @param maxWait the longest wait for the bucket, not negative */
    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }
  }
}
