package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Reply;
import feign.Logger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets never logged; no credentials over plain http to remote hosts; none forwarded on redirects. */
class SafetyTest {

  @Test
  void fullWireLoggingNeverShowsASecret() throws Exception {
    CapturingLogger log = new CapturingLogger();
    try (TestServer server = TestServer.plain()) {
      server.respond(e -> switch (e.path()) {
        case "/api/oauth/token" -> Reply.json(200, "{\"access_token\":\"tok-SECRET-123\",\"expires_in\":3600}");
        case "/api/oauth/revoke" -> Reply.json(200, "");
        default -> Reply.json(200, TestServer.AWS_RESPONSE);
      });
      try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
          .serviceAccount("mdb_sa_id_abc", "mdb_sa_sk_TOPSECRET").logger(log)
          .wireLogLevel(Logger.Level.FULL).build()) {
        client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
        assertThat(server.exchanges("/api/atlas").get(0).header("Authorization")).isEqualTo("Bearer tok-SECRET-123");
      }
    }
    try (TestServer server = TestServer.digest(60_000);
        AtlasPeeringClient client = Fixtures.digestClient(server).logger(log).wireLogLevel(Logger.Level.FULL).build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
    }
    List<String> lines = log.lines();
    assertThat(lines).as("wire logging is on").anyMatch(l -> l.contains("PATCH") && l.contains("/peers/"));
    assertThat(lines).anyMatch(l -> l.contains("vpc-0a1b2c3d4e5f60718")); // bodies are logged at FULL
    assertThat(String.join("\n", lines))
        .doesNotContain("tok-SECRET-123")
        .doesNotContain("mdb_sa_sk_TOPSECRET")
        .doesNotContain(TestServer.PRIVATE_KEY)
        .doesNotContainIgnoringCase("authorization:")
        .doesNotContain("Digest username");
  }

  @Test
  void refusesCredentialsOverPlainHttpToANonLoopbackHost() {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().baseUrl("http://atlas.example.com")
        .apiKey("pub", "priv").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https")
        .hasMessageNotContaining("priv");
    AtlasPeeringClient allowed = AtlasPeeringClient.builder().baseUrl("http://atlas.example.com")
        .apiKey("pub", "priv").allowInsecureHttp(true).build();
    allowed.close();
    AtlasPeeringClient loopback = AtlasPeeringClient.builder().baseUrl("http://localhost:8080")
        .apiKey("pub", "priv").build();
    loopback.close();
  }

  @Test
  void authorizationIsNotForwardedOnARedirectToAnotherHost() throws Exception {
    try (TestServer other = TestServer.plain(); TestServer atlas = TestServer.plain()) {
      // "localhost" and "127.0.0.1" are different hosts to an HTTP client, both on loopback.
      atlas.respond(e -> e.path().startsWith("/api/oauth/")
          ? Reply.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}")
          : new Reply(307, null, "", java.util.Map.of("Location",
              "http://localhost:" + other.port() + e.path()), java.time.Duration.ZERO));
      try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
          .serviceAccount("id", "secret").build()) {
        // The SDK never follows a redirect: the PATCH and its credentials stay with the base URL.
        assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
            .isInstanceOf(dev.peerkit.atlas.peering.client.errors.AtlasUnexpectedStatusException.class)
            .hasMessageContaining("307").hasMessageContaining("localhost:" + other.port())
            .hasMessageContaining("not followed");
      }
      assertThat(atlas.exchanges("/api/atlas").get(0).header("Authorization")).isEqualTo("Bearer tok-1");
      assertThat(other.exchanges()).allSatisfy(e -> assertThat(e.header("Authorization")).isNull());
    }
  }

  @Test
  void sameHostRedirectIsNotFollowed() throws Exception {
    try (TestServer atlas = TestServer.plain()) {
      atlas.respond(e -> e.path().startsWith("/moved/")
          ? TestServer.Reply.json(200, TestServer.AWS_RESPONSE)
          : e.path().startsWith("/api/atlas/")
              ? new Reply(308, null, "", java.util.Map.of("Location", atlas.baseUrl() + "/moved" + e.path()), java.time.Duration.ZERO)
              : Reply.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}"));
      try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
          .serviceAccount("id", "secret").build()) {
        assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
            .isInstanceOf(dev.peerkit.atlas.peering.client.errors.AtlasUnexpectedStatusException.class)
            .hasMessageContaining("308").hasMessageContaining("/moved/").hasMessageContaining("not followed");
      }
      assertThat(atlas.exchanges("/moved/")).isEmpty();
      assertThat(atlas.exchanges("/api/atlas/")).hasSize(1);
    }
  }

  @Test
  void credentialsToStringRedactsSecrets() {
    assertThat(AtlasCredentials.apiKey("pub", "priv-KEY").toString()).doesNotContain("priv-KEY");
    assertThat(AtlasCredentials.serviceAccount("id", "sk-SECRET").toString()).doesNotContain("sk-SECRET");
  }
}
