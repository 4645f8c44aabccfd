package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Exchange;
import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.AtlasConnectException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The open transport: a real forward proxy (CONNECT, with proxy credentials), the JVM's proxy and
 * TLS properties, a self-signed server trusted only through the builder, mutual TLS, and a TLS
 * handshake failure reported and retried as a connection failure. All on 127.0.0.1.
 */
class TransportOptionsTest {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private static Reply atlas(Exchange e) {
    return switch (e.path()) {
      case "/api/oauth/token" -> Reply.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}")
          .withContentType("application/json");
      case "/api/oauth/revoke" -> Reply.json(200, "").withContentType(null);
      default -> "Bearer tok-1".equals(e.header("Authorization"))
          ? Reply.json(200, TestServer.AWS_RESPONSE)
          : Reply.json(401, "{\"error\":401,\"errorCode\":\"UNAUTHORIZED\"}");
    };
  }

  private AtlasPeeringClientBuilder client(TestServer server) {
    return AtlasPeeringClient.builder().baseUrl(server.baseUrl()).serviceAccount("id", "secret").sleeper(waits::add);
  }

  private static void update(AtlasPeeringClient client) {
    assertThat(client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
        .isInstanceOf(AwsPeeringConnection.class);
  }

  @Test
  void callsGoThroughAForwardProxyWithItsOwnCredentials() throws Exception {
    try (TestServer atlas = TestServer.https(TlsFixtures.server());
        TestProxy proxy = new TestProxy("proxy-user", "proxy-pass")) {
      atlas.respond(TransportOptionsTest::atlas);
      try (AtlasPeeringClient client = client(atlas).trustStore(TlsFixtures.serverTrust())
          .proxy("127.0.0.1", proxy.port()).proxyCredentials("proxy-user", "proxy-pass").build()) {
        update(client);
      }
      String target = "127.0.0.1:" + atlas.port();
      assertThat(proxy.connects()).isNotEmpty().allSatisfy(c -> assertThat(c.target()).isEqualTo(target));
      assertThat(proxy.connects().get(0).proxyAuthorization()).as("first CONNECT, before the 407").isNull();
      assertThat(proxy.connects()).anySatisfy(c -> assertThat(c.proxyAuthorization()).startsWith("Basic "));
      // Token, PATCH and revoke all went through the tunnel; the proxy's credentials never reached Atlas.
      assertThat(atlas.exchanges()).extracting(Exchange::path)
          .contains("/api/oauth/token", TestServer.peerPath(), "/api/oauth/revoke");
      assertThat(atlas.exchanges()).allSatisfy(e -> assertThat(e.header("Proxy-Authorization")).isNull());
    }
  }

  @Test
  void jvmProxyAndTrustStorePropertiesApplyWithUseSystemProperties() throws Exception {
    try (TestServer atlas = TestServer.https(TlsFixtures.server()); TestProxy proxy = new TestProxy(null, null)) {
      atlas.respond(TransportOptionsTest::atlas);
      // The JVM reads its default SSLContext once, so the properties are given to a fresh JVM at
      // launch, as a user would: -Dhttps.proxyHost=... -Djavax.net.ssl.trustStore=...
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + proxy.port(),
          "-Dhttp.nonProxyHosts=none.invalid",
          "-Djavax.net.ssl.trustStore=" + TlsFixtures.dir().resolve("server-trust.p12"),
          "-Djavax.net.ssl.trustStorePassword=" + TlsFixtures.PASSWORD,
          "-Djavax.net.ssl.trustStoreType=PKCS12",
          SystemPropertiesProbe.class.getName(), "https://" + TlsFixtures.PROXIED_HOST + ":" + atlas.port()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(File.createTempFile("probe", ".log")).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      assertThat(proxy.connects()).isNotEmpty()
          .allSatisfy(c -> assertThat(c.target()).isEqualTo(TlsFixtures.PROXIED_HOST + ":" + atlas.port()));
      assertThat(atlas.exchanges(TestServer.peerPath())).hasSize(1);
    }
  }

  @Test
  void aSelfSignedServerIsTrustedOnlyThroughTheBuilder() throws Exception {
    try (TestServer atlas = TestServer.https(TlsFixtures.server())) {
      atlas.respond(TransportOptionsTest::atlas);
      try (AtlasPeeringClient trusting = client(atlas).trustStore(TlsFixtures.serverTrust()).build()) {
        update(trusting);
      }
      assertThat(atlas.exchanges(TestServer.peerPath())).hasSize(1);
    }
  }

  @Test
  void aTlsHandshakeFailureIsAConnectionFailureAndIsRetried() throws Exception {
    try (TestServer atlas = TestServer.https(TlsFixtures.server())) {
      atlas.respond(TransportOptionsTest::atlas);
      // An API key, so the first request is the PATCH itself (no token request before it).
      try (AtlasPeeringClient untrusting = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
          .apiKey("pub", "priv").sleeper(waits::add).build()) {
        assertThatThrownBy(() -> untrusting.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID,
            Fixtures.aws()))
            .isExactlyInstanceOf(AtlasConnectException.class)
            .hasMessageContaining("nothing was sent")
            .hasCauseInstanceOf(javax.net.ssl.SSLHandshakeException.class);
      }
      assertThat(atlas.exchanges()).isEmpty();
      assertThat(atlas.connectionsOpened()).isEqualTo(RetryPolicy.DEFAULT.maxAttempts());
      assertThat(waits).hasSize(RetryPolicy.DEFAULT.maxAttempts() - 1);
    }
  }

  @Test
  void mutualTlsPresentsTheClientCertificateFromTheBuilder() throws Exception {
    try (TestServer atlas = TestServer.https(TlsFixtures.serverRequiringClientCertificate())) {
      atlas.respond(TransportOptionsTest::atlas);
      try (AtlasPeeringClient withoutCertificate = client(atlas).trustStore(TlsFixtures.serverTrust())
          .retryPolicy(RetryPolicy.NONE).build()) {
        assertThatThrownBy(() -> update(withoutCertificate))
            .isInstanceOfAny(AtlasTransportException.class, dev.peerkit.atlas.peering.client.errors.OAuthTokenException.class);
      }
      assertThat(atlas.exchanges()).isEmpty();
      try (AtlasPeeringClient withCertificate = client(atlas).trustStore(TlsFixtures.serverTrust())
          .keyStore(TlsFixtures.clientKeys(), TlsFixtures.PASSWORD.toCharArray()).build()) {
        update(withCertificate);
      }
      assertThat(atlas.exchanges(TestServer.peerPath())).hasSize(1);
    }
  }
}
