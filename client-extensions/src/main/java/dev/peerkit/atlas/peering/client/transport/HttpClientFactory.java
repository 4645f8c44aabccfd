package dev.peerkit.atlas.peering.client.transport;

import dev.peerkit.atlas.peering.client.auth.PreemptiveDigestHandler;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 instance under Feign: a connection pool with keep-alive, no
 * automatic retries (the SDK's retry policy decides), Digest credentials scoped to the base URL's
 * host and port, and, for API keys, Digest (RFC 7616) answered preemptively from a per-thread nonce cache.
 */
public final class HttpClientFactory {

  private HttpClientFactory() {}

  /**
   * HttpClient's default TLS setup ({@link DefaultClientTlsStrategy#createDefault()}: the JDK's
   * default SSLContext, its trust store read and parsed), made on the first TLS connection instead
   * of when the client is built. Same TLS, same trust; a client that only talks plain http to
   * loopback (the simulator, tests, a one-shot CLI call against it) never pays for it.
   */
  private static final class LazyTls implements TlsSocketStrategy {
    private volatile TlsSocketStrategy delegate;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
        throws IOException {
      TlsSocketStrategy tls = delegate;
      if (tls == null) {
        synchronized (this) {
          tls = delegate;
          if (tls == null) {
            tls = DefaultClientTlsStrategy.createDefault();
            delegate = tls;
          }
        }
      }
      return tls.upgrade(socket, target, port, attachment, context);
    }
  }

  /**
   * @param baseUrl the Atlas base URL
   * @param connectTimeout TCP connect timeout
   * @param responseTimeout socket read timeout while waiting for an answer
   * @param maxConnections pool size, total and per route
   * @param digestUser the Digest username (API public key), or {@code null} for none
   * @param digestPassword the Digest password (API private key), or {@code null}
   * @return a new client; the caller closes it
   */
  public static CloseableHttpClient create(URI baseUrl, Duration connectTimeout, Duration responseTimeout,
      int maxConnections, String digestUser, char[] digestPassword) {
    ConnectionConfig connectionConfig = ConnectionConfig.custom()
        .setConnectTimeout(Timeout.of(connectTimeout))
        .setSocketTimeout(Timeout.of(responseTimeout))
        .setTimeToLive(TimeValue.of(5, TimeUnit.MINUTES))
        .build();
    HttpClientBuilder builder = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDefaultConnectionConfig(connectionConfig)
            .setMaxConnTotal(maxConnections)
            .setMaxConnPerRoute(maxConnections)
            .setTlsSocketStrategy(new LazyTls())
            .build())
        .disableAutomaticRetries()
        .disableCookieManagement()
        .evictIdleConnections(TimeValue.ofSeconds(30));
    if (digestUser != null) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
      credentials.setCredentials(new AuthScope(baseUrl.getHost(), port),
          new UsernamePasswordCredentials(digestUser, digestPassword));
      builder.setDefaultCredentialsProvider(credentials)
          .addExecInterceptorFirst("atlas-preemptive-digest", new PreemptiveDigestHandler());
    }
    return builder.build();
  }
}
