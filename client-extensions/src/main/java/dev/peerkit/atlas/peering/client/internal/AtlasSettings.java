package dev.peerkit.atlas.peering.client.internal;

import dev.peerkit.atlas.peering.client.AtlasCredentials;
import dev.peerkit.atlas.peering.client.internal.retry.Sleeper;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.client.transport.DeprecationNotice;
import dev.peerkit.atlas.peering.client.transport.TokenFetchListener;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.slf4j.Logger;

/**
 * The checked, frozen options of one capability (see {@code AtlasOptionsBuilder} for each one's
 * meaning and default).
 *
 * @param baseUrl scheme, host and port, no trailing slash
 * @param apiVersion the version date sent in {@code Accept}/{@code Content-Type}
 * @param credentials service account or API key
 * @param connectTimeout connect and TLS handshake timeout
 * @param responseTimeout socket read timeout
 * @param retryPolicy retries
 * @param tokenExpirySkew how early a token is replaced
 * @param logger SLF4J logger for warnings, retries and wire logs
 * @param wireLogLevel Feign log level, or {@code null} to keep the Feign builder's
 * @param onDeprecation deprecation callback, or {@code null}
 * @param maxConnections pool size of the SDK's own HttpClient
 * @param clock token expiry and HTTP-date clock
 * @param sleeper how retries wait
 * @param transport proxy, TLS and HttpClient options
 * @param limits time and size bounds against a slow, faulty or hostile server
 * @param onTokenFetch told about each service-account token request, or {@code null}
 * @param rateLimitMaxWait the adaptive rate limiter's longest wait without a caller's deadline, or
 *     {@code null} when the limiter is off
 */
public record AtlasSettings(String baseUrl, String apiVersion, AtlasCredentials credentials,
    Duration connectTimeout, Duration responseTimeout, RetryPolicy retryPolicy, Duration tokenExpirySkew,
    Logger logger, feign.Logger.Level wireLogLevel, Consumer<DeprecationNotice> onDeprecation,
    int maxConnections, Clock clock, Sleeper sleeper, Transport transport, Limits limits,
    TokenFetchListener onTokenFetch, Duration rateLimitMaxWait) {

  /**
   * Transport options of the SDK's own HttpClient 5 client.
   *
   * @param proxyHost proxy host, or {@code null} for none
   * @param proxyPort proxy port
   * @param proxyUser proxy user, or {@code null}
   * @param proxyPassword proxy password, or {@code null}
   * @param systemProperties whether the JVM's proxy and TLS properties apply
   * @param sslContext TLS context, or {@code null}
   * @param trustStore trust store, or {@code null}
   * @param keyStore client key store for mutual TLS, or {@code null}
   * @param keyPassword its key password, or {@code null}
   * @param connectionManager a caller's connection manager, or {@code null}
   * @param httpClient a caller's client, or {@code null}
   */
  public record Transport(String proxyHost, int proxyPort, String proxyUser, char[] proxyPassword,
      boolean systemProperties, SSLContext sslContext, KeyStore trustStore, KeyStore keyStore,
      char[] keyPassword, HttpClientConnectionManager connectionManager, CloseableHttpClient httpClient) {

    @Override
    public String toString() {
      return "Transport[proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort)
          + ", systemProperties=" + systemProperties + "]";
    }
  }

  /**
   * Bounds of one call (see {@code AtlasOptionsBuilder#callTimeout} and {@code #maxResponseBytes}).
   *
   * @param callTimeout deadline of one attempt: token fetch, sending, and reading the whole answer
   * @param maxResponseBytes most bytes of a response body read (API, token endpoint)
   */
  public record Limits(Duration callTimeout, int maxResponseBytes) {}

  /** @return the media type sent in {@code Accept} and {@code Content-Type} */
  public String mediaType() {
    return "application/vnd.atlas." + apiVersion + "+json";
  }

  /**
   * @param url a request URL
   * @return whether it goes to this Atlas (same scheme, host and port); other requests of a shared
   *     Feign stack pass through untouched, and never get Atlas credentials
   */
  public boolean targets(String url) {
    return url != null && url.regionMatches(true, 0, baseUrl, 0, baseUrl.length())
        && (url.length() == baseUrl.length() || url.charAt(baseUrl.length()) == '/'
            || url.charAt(baseUrl.length()) == '?');
  }
}
