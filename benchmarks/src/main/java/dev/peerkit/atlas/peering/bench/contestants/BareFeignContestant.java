package dev.peerkit.atlas.peering.bench.contestants;

import dev.peerkit.atlas.peering.bench.Fixtures;
import dev.peerkit.atlas.peering.client.internal.transport.UserAgent;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import feign.Feign;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's own baseline: the same generated {@link NetworkPeeringApi} and models on plain Feign
 * over the same transport (feign-hc5 and an HttpClient 5 pool configured like the SDK's: 64
 * connections, the same timeouts, no retries, redirects or cookies), with none of the SDK's layers:
 * no validation, envelope handling, typed errors, retryer, token provider or preemptive Digest. A
 * request interceptor adds the headers the SDK sends (Accept, Content-Type, User-Agent) and, for
 * bearer, the fixed token. JSON goes through Feign's Jackson encoder/decoder with the SDK's mapper
 * configuration ({@code AtlasObjectMapper}: the generated models need it to write {@code
 * JsonNullable}); that is configuration, not a layer.
 *
 * <p>Digest is HttpClient 5's own: a fresh context per request (what feign-hc5 does), so every call
 * is challenged and takes two exchanges.
 */
public final class BareFeignContestant implements Contestant {

  private final CloseableHttpClient http;
  private final NetworkPeeringApi api;
  private final PeeringConnectionUpdate body = Fixtures.aws();

  private BareFeignContestant(String baseUrl, boolean digest) {
    HttpClientBuilder builder = HttpClients.custom()
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofSeconds(10))
                .setSocketTimeout(Timeout.ofSeconds(60))
                .setTimeToLive(TimeValue.of(5, TimeUnit.MINUTES))
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build())
            .setMaxConnTotal(64)
            .setMaxConnPerRoute(64)
            .build());
    if (digest) {
      URI base = URI.create(baseUrl);
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      credentials.setCredentials(new AuthScope(base.getHost(), base.getPort()),
          new UsernamePasswordCredentials(Fixtures.PUBLIC_KEY, Fixtures.PRIVATE_KEY.toCharArray()));
      builder.setDefaultCredentialsProvider(credentials)
          .setDefaultRequestConfig(RequestConfig.custom()
              .setTargetPreferredAuthSchemes(List.of(StandardAuthScheme.DIGEST)).build());
    }
    this.http = builder.build();
    String userAgent = UserAgent.value();
    this.api = Feign.builder()
        .client(new ApacheHttp5Client(http))
        .encoder(new JacksonEncoder(AtlasObjectMapper.create()))
        .decoder(new JacksonDecoder(AtlasObjectMapper.create()))
        .requestInterceptor(t -> {
          t.header("Accept", Fixtures.MEDIA_TYPE);
          t.header("Content-Type", Fixtures.MEDIA_TYPE);
          t.header("User-Agent", userAgent);
          if (!digest) {
            t.header("Authorization", "Bearer " + Fixtures.TOKEN);
          }
        })
        .target(NetworkPeeringApi.class, baseUrl);
  }

  /** @param baseUrl the bench server @return bare Feign + HttpClient 5 with a fixed bearer token */
  public static BareFeignContestant bearer(String baseUrl) {
    return new BareFeignContestant(baseUrl, false);
  }

  /** @param baseUrl the bench server @return bare Feign + HttpClient 5 with HttpClient's own Digest (two exchanges a call) */
  public static BareFeignContestant digest(String baseUrl) {
    return new BareFeignContestant(baseUrl, true);
  }

  @Override
  public PeeringConnection call() {
    return api.updatePeeringConnection(Fixtures.GROUP_ID, Fixtures.PEER_ID, body, null, null);
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
