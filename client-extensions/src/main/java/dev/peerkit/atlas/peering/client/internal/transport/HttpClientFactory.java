package dev.peerkit.atlas.peering.client.internal.transport;

import dev.peerkit.atlas.peering.client.AtlasCredentials.ApiKey;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;
import dev.peerkit.atlas.peering.client.internal.auth.OneReauthenticationHandler;
import dev.peerkit.atlas.peering.client.internal.auth.PreemptiveDigestHandler;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.SystemDefaultCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the capability's own Apache HttpClient 5 client: a connection pool with keep-alive (idle
 * connections checked before reuse), no automatic retries (the SDK's retry policy decides), no
 * redirects, no cookies, no decompression; bounded status and header lines, bodies and call time
 * ({@link BoundedExchangeHandler}) and at most one re-authentication per call; the proxy (with its credentials scoped to the proxy) and TLS options; and
 * for API keys, Digest credentials scoped to the base URL's host and port and to the Digest scheme
 * only (RFC 7616; a {@code Basic} challenge is never answered with the private key), answered
 * preemptively from a per-thread nonce cache.
 */
public final class HttpClientFactory {

  private HttpClientFactory() {}

  /**
   * HttpClient's default TLS setup ({@link DefaultClientTlsStrategy#createDefault()}: the JDK's
   * default SSLContext, its trust store read and parsed), made on the first TLS connection instead
   * of when the client is built: a client that only talks plain http to loopback (the simulator,
   * tests, a one-shot CLI call against it) never pays for it.
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
   * @param settings the capability's options
   * @return a new client; the caller closes it (a connection manager passed in is left open)
   * @throws IllegalArgumentException if the trust or key store cannot be used
   */
  public static CloseableHttpClient create(AtlasSettings settings) {
    AtlasSettings.Transport transport = settings.transport();
    HttpClientBuilder builder = HttpClients.custom()
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        // Bodies arrive as sent and are bounded as sent: no Accept-Encoding, nothing inflated.
        .disableContentCompression()
        .setRequestExecutor(new UnsentOnReuseRequestExecutor())
        .setDefaultRequestConfig(RequestConfig.custom()
            .setTargetPreferredAuthSchemes(List.of(StandardAuthScheme.DIGEST))
            .build());
    if (transport.connectionManager() != null) {
      builder.setConnectionManager(transport.connectionManager()).setConnectionManagerShared(true);
    } else {
      builder.setConnectionManager(connectionManager(settings))
          .evictIdleConnections(TimeValue.ofSeconds(30));
    }
    if (transport.systemProperties()) {
      builder.useSystemProperties();
    }
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    if (transport.proxyHost() != null) {
      builder.setProxy(new HttpHost(transport.proxyHost(), transport.proxyPort()));
      if (transport.proxyUser() != null) {
        credentials.setCredentials(new AuthScope(transport.proxyHost(), transport.proxyPort()),
            new UsernamePasswordCredentials(transport.proxyUser(), transport.proxyPassword()));
      }
    }
    if (settings.credentials() instanceof ApiKey key) {
      URI base = URI.create(settings.baseUrl());
      int port = base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
      credentials.setCredentials(new AuthScope(null, base.getHost(), port, null, StandardAuthScheme.DIGEST),
          new UsernamePasswordCredentials(key.publicKey(), key.privateKey().toCharArray()));
      builder.addExecInterceptorFirst("atlas-preemptive-digest", new PreemptiveDigestHandler());
    }
    builder.addExecInterceptorAfter(ChainElement.PROTOCOL.name(), "atlas-one-reauthentication",
        new OneReauthenticationHandler());
    builder.addExecInterceptorFirst("atlas-bounded-exchange", new BoundedExchangeHandler(settings));
    CredentialsProvider provider = credentials;
    if (transport.systemProperties()) {
      SystemDefaultCredentialsProvider system = new SystemDefaultCredentialsProvider();
      provider = (scope, context) -> {
        var own = credentials.getCredentials(scope, context);
        return own != null ? own : system.getCredentials(scope, context);
      };
    }
    return builder.setDefaultCredentialsProvider(provider).build();
  }

  private static org.apache.hc.client5.http.io.HttpClientConnectionManager connectionManager(AtlasSettings settings) {
    ConnectionConfig connectionConfig = ConnectionConfig.custom()
        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
        .setTimeToLive(TimeValue.of(5, TimeUnit.MINUTES))
        // A connection idle this long is checked before reuse (a 1 ms read): load balancers close
        // idle keep-alive connections, and a request written into one is lost mid-flight.
        .setValidateAfterInactivity(TimeValue.ofMilliseconds(200))
        .build();
    PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setDefaultConnectionConfig(connectionConfig)
        .setMaxConnTotal(settings.maxConnections())
        .setMaxConnPerRoute(settings.maxConnections())
        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
            .http1Config(Http1Config.custom()
                .setMaxLineLength(AtlasResponseLimitException.MAX_LINE_LENGTH)
                .setMaxHeaderCount(AtlasResponseLimitException.MAX_HEADER_COUNT)
                .build())
            .build());
    SSLContext ssl = sslContext(settings.transport());
    if (ssl != null) {
      pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(ssl));
    } else if (settings.transport().systemProperties()) {
      pool.useSystemProperties();
    } else {
      pool.setTlsSocketStrategy(new LazyTls());
    }
    return pool.build();
  }

  private static SSLContext sslContext(AtlasSettings.Transport transport) {
    if (transport.sslContext() != null) {
      return transport.sslContext();
    }
    if (transport.trustStore() == null && transport.keyStore() == null) {
      return null;
    }
    try {
      SSLContextBuilder ssl = SSLContextBuilder.create();
      if (transport.trustStore() != null) {
        ssl.loadTrustMaterial(transport.trustStore(), null);
      }
      if (transport.keyStore() != null) {
        ssl.loadKeyMaterial(transport.keyStore(), transport.keyPassword());
      }
      return ssl.build();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot use the trust or key store: " + e.getMessage(), e);
    }
  }
}
