package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.ApiResponse;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Feign;
import feign.FeignException;
import feign.RequestLine;
import feign.hc5.ApacheHttp5Client;
import feign.okhttp.OkHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.Test;

/** What the capability does beyond the shared compliance suite: its edges and its transport choices. */
class CapabilityTest {

  /** Another service's API, called through the same Feign stack as Atlas. */
  interface OtherService {
    @RequestLine("GET /things")
    String things();
  }

  @Test
  void generatedWithHttpInfoReturnsStatusHeadersAndTheTypedBodyThroughTheFacadesApi() throws Exception {
    try (TestServer server = TestServer.digest(60_000);
        AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      server.respond(e -> Reply.json(200, TestServer.AWS_RESPONSE).withHeader("RateLimit-Limit", "100"));
      ApiResponse<PeeringConnection> response = client.api().updatePeeringConnectionWithHttpInfo(
          TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws(), null, null);
      assertThat(response.getStatusCode()).isEqualTo(200);
      assertThat(response.getHeaders().get("RateLimit-Limit")).containsExactly("100");
      assertThat(response.getData()).isInstanceOfSatisfying(AwsPeeringConnection.class,
          aws -> assertThat(aws.getVpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718"));
      assertThat(response).isInstanceOf(AtlasResponse.class);
    }
  }

  @Test
  void requestsToOtherHostsPassThroughWithoutAtlasCredentialsOrTyping() throws Exception {
    try (TestServer atlas = TestServer.plain(); TestServer other = TestServer.plain();
        AtlasCapability capability = AtlasCapability.builder().baseUrl(atlas.baseUrl())
            .serviceAccount("id", "secret").build()) {
      other.respond(e -> e.path().equals("/things") ? new Reply(200, "text/plain", "ok", java.util.Map.of(),
          java.time.Duration.ZERO) : Reply.json(404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\"}"));
      OtherService service = Feign.builder().addCapability(capability).target(OtherService.class, other.baseUrl());
      assertThat(service.things()).isEqualTo("ok");
      assertThat(other.exchanges()).singleElement().satisfies(e -> {
        assertThat(e.header("Authorization")).isNull();
        assertThat(e.header("Accept")).doesNotContain("vnd.atlas");
      });
      assertThat(atlas.exchanges()).as("no token was fetched for another host").isEmpty();
      other.respond(e -> Reply.json(404, "{\"errorCode\":\"RESOURCE_NOT_FOUND\"}"));
      assertThatThrownBy(service::things).isInstanceOf(FeignException.NotFound.class)
          .isNotInstanceOf(AtlasApiError.class);
    }
  }

  @Test
  void apiKeysRefuseAFeignClientOtherThanTheCapabilitysOwnSayingWhy() {
    try (AtlasCapability capability = AtlasCapability.builder().baseUrl("http://127.0.0.1:1").apiKey("pub", "priv").build()) {
      assertThatThrownBy(() -> Feign.builder().client(new OkHttpClient()).addCapability(capability)
          .target(NetworkPeeringApi.class, capability.baseUrl()))
          .hasRootCauseInstanceOf(IllegalStateException.class)
          .rootCause().hasMessageContaining("HTTP Digest").hasMessageContaining("feign.okhttp.OkHttpClient")
          .hasMessageContaining("Remove .client(...)");
    }
  }

  @Test
  void aServiceAccountUsesTheCallersOwnHttpClient5Client() throws Exception {
    try (TestServer server = TestServer.plain(); CloseableHttpClient mine = HttpClients.createDefault()) {
      server.respond(e -> e.path().equals("/api/oauth/token")
          ? Reply.json(200, "{\"access_token\":\"t\",\"expires_in\":3600}") : Reply.json(200, TestServer.AWS_RESPONSE));
      try (AtlasCapability capability = AtlasCapability.builder().baseUrl(server.baseUrl())
          .serviceAccount("id", "secret").httpClient(mine).build()) {
        NetworkPeeringApi api = Feign.builder().addCapability(capability).target(NetworkPeeringApi.class, server.baseUrl());
        assertThat(api.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws(), null, null))
            .isInstanceOf(AwsPeeringConnection.class);
      }
      // Still open after the capability closed: the caller owns it.
      assertThat(new ApacheHttp5Client(mine).execute(feign.Request.create(feign.Request.HttpMethod.GET,
          server.baseUrl() + "/ping", java.util.Map.of(), null, null, null), new feign.Request.Options()).status())
          .isEqualTo(200);
    }
  }

  @Test
  void apiKeysWorkOverTheCallersConnectionManagerAndLeaveItOpen() throws Exception {
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create().build();
    try (TestServer server = TestServer.digest(60_000)) {
      try (AtlasPeeringClient client = Fixtures.digestClient(server).connectionManager(pool).build()) {
        client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      }
      assertThat(pool.getTotalStats().getAvailable()).as("the pooled connection outlives the client").isEqualTo(1);
    } finally {
      pool.close();
    }
  }

  @Test
  void conflictingTransportOptionsAreRefusedAtBuild() {
    CloseableHttpClient mine = HttpClients.createDefault();
    assertThatThrownBy(() -> AtlasCapability.builder().apiKey("pub", "priv").httpClient(mine).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("connectionManager");
    assertThatThrownBy(() -> AtlasCapability.builder().serviceAccount("id", "s").httpClient(mine)
        .proxy("127.0.0.1", 3128).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> AtlasCapability.builder().serviceAccount("id", "s")
        .proxyCredentials("u", "p").build()).hasMessageContaining("proxy(host, port)");
    assertThatThrownBy(() -> AtlasCapability.builder().serviceAccount("id", "s").proxy("h", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
