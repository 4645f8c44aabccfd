package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.TestServer.Exchange;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import org.junit.jupiter.api.Test;

/** Apache HttpClient 5 under Feign: PATCH works, headers are exact, connections are reused. */
class TransportTest {

  /**
   * Regression guard: Feign's default client (HttpURLConnection) cannot send PATCH ("Invalid HTTP
   * method: PATCH"), so this fails if the SDK ever falls back to it.
   */
  @Test
  void patchReachesTheServerAsPatch() throws Exception {
    try (TestServer server = TestServer.plain(); AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      Exchange exchange = server.exchanges().get(0);
      assertThat(exchange.method()).isEqualTo("PATCH");
      assertThat(exchange.path()).isEqualTo(TestServer.peerPath());
      assertThat(exchange.header("connection")).isEqualTo("keep-alive");
    }
  }

  @Test
  void headersAreExactlyTheVersionedMediaTypeAndTheUserAgent() throws Exception {
    try (TestServer server = TestServer.plain(); AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      client.updatePeeringConnection(UpdatePeeringConnectionRequest.of(TestServer.GROUP_ID, TestServer.PEER_ID,
          Fixtures.azure()).withPretty(true));
      Exchange exchange = server.exchanges().get(0);
      assertThat(exchange.headers().get("accept")).containsExactly("application/vnd.atlas.2023-01-01+json");
      assertThat(exchange.headers().get("content-type")).containsExactly("application/vnd.atlas.2023-01-01+json");
      assertThat(exchange.query()).isEqualTo("pretty=true");
      assertThat(exchange.header("user-agent")).matches(
          "atlas-peering-client/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java/[^;]+; [^;]+; [^)]+\\)");
    }
  }

  @Test
  void pinningAnotherVersionRewritesAcceptAndContentType() throws Exception {
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = Fixtures.digestClient(server).apiVersion("2025-03-12").build()) {
      server.respond(e -> TestServer.Reply.json(200, "{\"containerId\":\"32b6e34b3d91647abb20e7b9\","
          + "\"providerName\":\"AZURE\",\"status\":\"ADDING_PEER\"}"));
      assertThat(client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.azure()))
          .isInstanceOf(AzurePeeringConnection.class);
      Exchange exchange = server.exchanges().get(0);
      assertThat(exchange.headers().get("accept")).containsExactly("application/vnd.atlas.2023-01-01+json");
      assertThat(exchange.headers().get("content-type")).containsExactly("application/vnd.atlas.2023-01-01+json");
    }
  }

  @Test
  void oneClientServesManyThreadsOverPooledConnections() throws Exception {
    try (TestServer server = TestServer.plain(); AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 40; i++) {
          futures.add(pool.submit(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.gcp())));
        }
        for (var f : futures) {
          assertThat(f.get()).isNotNull();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(server.exchanges()).hasSize(40).allMatch(e -> e.status() == 200);
    }
  }
}
