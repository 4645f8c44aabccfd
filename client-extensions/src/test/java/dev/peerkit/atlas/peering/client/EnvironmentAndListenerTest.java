package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Exchange;
import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import dev.peerkit.atlas.peering.client.transport.TokenFetchListener.Outcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code fromEnvironment()} reads the MONGODB_ATLAS_* variables; {@code onTokenFetch} sees each token request. */
class EnvironmentAndListenerTest {

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.plain();
    server.respond(this::atlas);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Reply atlas(Exchange e) {
    if (e.path().equals("/api/oauth/token")) {
      return e.header("Authorization").equals("Basic " + java.util.Base64.getEncoder()
          .encodeToString("mdb_sa_id_env:mdb_sa_sk_env".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          ? Reply.json(200, "{\"access_token\":\"t1\",\"expires_in\":3600}").withContentType("application/json")
          : Reply.json(401, "{\"error\":\"invalid_client\"}").withContentType("application/json");
    }
    if (e.path().equals("/api/oauth/revoke")) {
      return Reply.json(200, "").withContentType(null);
    }
    return "Bearer t1".equals(e.header("Authorization")) ? Reply.json(200, TestServer.AWS_RESPONSE)
        : Reply.json(401, "{\"error\":401,\"errorCode\":\"UNAUTHORIZED\"}");
  }

  @Test
  void theBaseUrlAndServiceAccountComeFromTheEnvironment() {
    List<Outcome> fetches = new CopyOnWriteArrayList<>();
    try (AtlasPeeringClient client = AtlasPeeringClient.builder()
        .baseUrl("https://cloud.mongodb.com")
        .fromEnvironment(Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", server.baseUrl() + "/",
            "MONGODB_ATLAS_CLIENT_ID", " mdb_sa_id_env ", "MONGODB_ATLAS_CLIENT_SECRET", "mdb_sa_sk_env",
            "MONGODB_ATLAS_PUBLIC_API_KEY", "ignored-when-a-service-account-is-set"))
        .onTokenFetch(fetches::add)
        .build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
    }
    assertThat(server.exchanges("/api/oauth/token")).hasSize(1);
    assertThat(fetches).containsExactly(Outcome.SUCCESS);
  }

  @Test
  void aRefusedTokenRequestIsReportedAsRefused() {
    List<Outcome> fetches = new CopyOnWriteArrayList<>();
    try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
        .serviceAccount("mdb_sa_id_env", "wrong").onTokenFetch(fetches::add).build()) {
      assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
          .isInstanceOf(OAuthTokenException.class);
    }
    assertThat(fetches).containsExactly(Outcome.REFUSED);
  }

  @Test
  void anApiKeyComesFromTheEnvironmentWhenNoServiceAccountIs() {
    AtlasPeeringClientBuilder builder = AtlasPeeringClient.builder().fromEnvironment(Map.of(
        "MONGODB_ATLAS_PUBLIC_API_KEY", "abcdefgh", "MONGODB_ATLAS_PRIVATE_API_KEY", "private",
        "MONGODB_ATLAS_CLIENT_ID", "  "));
    assertThat(builder.credentials).isInstanceOf(AtlasCredentials.ApiKey.class);
    assertThat(builder.baseUrl.toString()).isEqualTo(AtlasOptionsBuilder.DEFAULT_BASE_URL);
  }

  @Test
  void halfAPairNamesTheVariablesNotTheValue() {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().fromEnvironment(Map.of(
        "MONGODB_ATLAS_CLIENT_SECRET", "secret-value")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MONGODB_ATLAS_CLIENT_SECRET is set but MONGODB_ATLAS_CLIENT_ID is not: set both, or neither");
  }

  @Test
  void noVariablesLeaveTheBuilderAsItWas() {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().fromEnvironment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("No credentials");
  }
}
