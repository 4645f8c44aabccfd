package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Exchange;
import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service accounts: OAuth 2.0 client credentials (RFC 6749 section 4.4) and bearer tokens. */
class ServiceAccountAuthTest {

  static final String CLIENT_ID = "mdb_sa_id_0123456789abcdef01234567";
  static final String CLIENT_SECRET = "mdb_sa_sk_supersecretvalue";

  private TestServer server;
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicReference<String> liveToken = new AtomicReference<>();
  private volatile long expiresIn = 3600;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.plain();
    server.respond(this::atlas);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  /** Issues numbered tokens and accepts only the latest one on the API. */
  private Reply atlas(Exchange e) {
    if (e.path().equals("/api/oauth/token")) {
      String token = "token-" + tokensIssued.incrementAndGet();
      liveToken.set(token);
      return Reply.json(200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn
          + ",\"token_type\":\"Bearer\"}").withContentType("application/json");
    }
    if (e.path().equals("/api/oauth/revoke")) {
      return Reply.json(200, "").withContentType(null);
    }
    if (!("Bearer " + liveToken.get()).equals(e.header("Authorization"))) {
      return Reply.json(401, "{\"error\":401,\"errorCode\":\"NOT_ORG_GROUP_CREATOR\",\"reason\":\"Unauthorized\"}");
    }
    return Reply.json(200, TestServer.AWS_RESPONSE);
  }

  private AtlasPeeringClientBuilder client() {
    return AtlasPeeringClient.builder().baseUrl(server.baseUrl()).serviceAccount(CLIENT_ID, CLIENT_SECRET);
  }

  @Test
  void tokenRequestUsesBasicAuthFormGrantAndAcceptJson() {
    try (AtlasPeeringClient client = client().build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
    }
    Exchange token = server.exchanges("/api/oauth/token").get(0);
    assertThat(token.method()).isEqualTo("POST");
    assertThat(token.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.header("Accept")).isEqualTo("application/json");
    assertThat(token.bodyText()).isEqualTo("grant_type=client_credentials");
    Exchange api = server.exchanges("/api/atlas").get(0);
    assertThat(api.header("Authorization")).isEqualTo("Bearer token-1");
  }

  @Test
  void tokenIsCachedUntilExpiresInMinusSkew() {
    MutableClock clock = new MutableClock();
    try (AtlasPeeringClient client = client().clock(clock).build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      clock.advance(Duration.ofSeconds(3600 - 60 - 1));
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      assertThat(tokensIssued).hasValue(1);
      clock.advance(Duration.ofSeconds(1)); // now at expires_in - 60 s skew
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      assertThat(tokensIssued).hasValue(2);
    }
  }

  @Test
  void fiftyConcurrentCallsOnAColdClientCauseExactlyOneTokenRequest() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try (AtlasPeeringClient client = client().build()) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
        }));
      }
      start.countDown();
      for (Future<?> call : calls) {
        assertThat(call.get(30, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.exchanges("/api/oauth/token")).hasSize(1);
    assertThat(server.exchanges("/api/atlas")).hasSize(50);
  }

  @Test
  void a401DropsTheTokenFetchesANewOneAndRetriesOnce() {
    try (AtlasPeeringClient client = client().build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      liveToken.set("rotated-on-the-server"); // Atlas no longer accepts token-1
      var result = client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      assertThat(result).isNotNull();
    }
    assertThat(server.exchanges("/api/oauth/token")).hasSize(2);
    assertThat(server.exchanges("/api/atlas")).extracting(Exchange::status).containsExactly(200, 401, 200);
  }

  @Test
  void invalidClientEndsInTypedExceptionWithOAuthError() {
    server.respond(e -> Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}")
        .withContentType("application/json"));
    try (AtlasPeeringClient client = client().build()) {
      assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
          .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_client");
            assertThat(e.errorDescription()).isEqualTo("Invalid client credentials");
            assertThat(e.status()).isEqualTo(401);
          })
          .hasMessageContaining("MONGODB_ATLAS_CLIENT_SECRET")
          .hasMessageNotContaining(CLIENT_SECRET);
    }
    assertThat(server.exchanges("/api/atlas")).isEmpty();
  }

  @Test
  void tokenEndpoint5xxAndNonJsonEndInTypedException() {
    server.respond(e -> new Reply(503, "text/html", "<html><body>Service Unavailable</body></html>",
        java.util.Map.of(), Duration.ZERO));
    try (AtlasPeeringClient client = client().build()) {
      assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
          .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.error()).isNull();
          })
          .hasMessageContaining("not JSON").hasMessageContaining("Service Unavailable");
    }
  }

  @Test
  void closeRevokesTheToken() {
    try (AtlasPeeringClient client = client().build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
    }
    List<Exchange> revokes = server.exchanges("/api/oauth/revoke");
    assertThat(revokes).hasSize(1);
    assertThat(revokes.get(0).method()).isEqualTo("POST");
    assertThat(revokes.get(0).bodyText()).isEqualTo("token=token-1&token_type_hint=access_token");
    assertThat(revokes.get(0).header("Authorization")).startsWith("Basic ");
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-30T12:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
