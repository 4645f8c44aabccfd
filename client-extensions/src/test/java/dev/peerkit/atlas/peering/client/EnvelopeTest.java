package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.AtlasConflictException;
import dev.peerkit.atlas.peering.client.errors.AtlasDecodeException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code envelope=true}: {"status": <code>, "content": {...}} is unwrapped. */
class EnvelopeTest {

  private TestServer server;
  private AtlasPeeringClient client;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.plain();
    client = Fixtures.digestClient(server).retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  private Object call(boolean envelope) {
    return client.updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()).withEnvelope(envelope));
  }

  @Test
  void unwrapsContentIntoTheTypedResponse() {
    server.respond(e -> Reply.json(200, "{\"status\":200,\"content\":" + TestServer.AWS_RESPONSE + "}"));
    Object result = call(true);
    assertThat(result).isInstanceOfSatisfying(AwsPeeringConnection.class,
        aws -> assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.PENDING_ACCEPTANCE));
    assertThat(server.exchanges().get(0).query()).isEqualTo("envelope=true");
  }

  @Test
  void innerErrorStatusRaisesTheSameTypedExceptionEvenWithHttp200() {
    server.respond(e -> Reply.json(200, "{\"status\":404,\"content\":{\"error\":404,\"errorCode\":"
        + "\"RESOURCE_NOT_FOUND\",\"detail\":\"No peer\",\"reason\":\"Not Found\"}}"));
    assertThatThrownBy(() -> call(true)).isInstanceOfSatisfying(AtlasNotFoundException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo("RESOURCE_NOT_FOUND");
    });
  }

  @Test
  void plainErrorStatusUnderEnvelopeIsTypedToo() {
    server.respond(e -> Reply.json(404, "{\"status\":404,\"content\":{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\"}}"));
    assertThatThrownBy(() -> call(true)).isInstanceOf(AtlasNotFoundException.class);
  }

  @Test
  void enveloped429IsRetriedLikeAPlainOne() {
    server.respond(e -> Reply.json(200, "{\"status\":429,\"content\":{\"error\":429,\"errorCode\":\"RATE_LIMITED\"}}")
        .withHeader("Retry-After", "0"));
    assertThatThrownBy(() -> call(true)).isInstanceOf(AtlasRateLimitException.class);
    assertThat(server.exchanges()).hasSize(2);
  }

  @Test
  void withoutEnvelopeNothingChanges() {
    // A GCP answer that happens to have a "status" field is not mistaken for an envelope.
    server.respond(e -> Reply.json(200, "{\"containerId\":\"32b6e34b3d91647abb20e7ba\",\"providerName\":\"GCP\","
        + "\"status\":\"ADDING_PEER\",\"gcpProjectId\":\"my-gcp-project-42\",\"networkName\":\"app-network\"}"));
    assertThat(call(false)).isInstanceOf(GcpPeeringConnection.class);
    assertThat(server.exchanges().get(0).query()).isNull();
  }

  @Test
  void envelopeWithoutContentIsADecodeError() {
    server.respond(e -> Reply.json(200, TestServer.AWS_RESPONSE));
    assertThatThrownBy(() -> call(true)).isInstanceOf(AtlasDecodeException.class).hasMessageContaining("content");
  }

  @Test
  void anUnrequestedEnvelopeIsStillUnwrappedSoAWrappedErrorIsNeverReadAsAPeer() {
    server.respond(e -> Reply.json(200, "{\"status\":409,\"content\":{\"error\":409,\"errorCode\":\"CONFLICT\"}}"));
    assertThatThrownBy(() -> call(false)).isInstanceOfSatisfying(AtlasConflictException.class,
        e -> assertThat(e.errorCode()).isEqualTo("CONFLICT"));
  }

  @Test
  void anEmptySuccessBodyIsADecodeError() {
    server.respond(e -> Reply.json(200, ""));
    assertThatThrownBy(() -> call(false)).isInstanceOf(AtlasDecodeException.class).hasMessageContaining("empty body");
  }

  @Test
  void withResponseKeepsWhatTheTypedModelCannotHold() {
    server.respond(e -> Reply.json(200, "{\"status\":200,\"content\":" + TestServer.AWS_RESPONSE
        .replace("PENDING_ACCEPTANCE", "BRAND_NEW_STATE").replace("{", "{\"newField\":42,") + "}")
        .withHeader("RateLimit-Remaining", "9"));
    AtlasResponse<PeeringConnection> response = client.updatePeeringConnectionWithResponse(
        UpdatePeeringConnectionRequest.of(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()).withEnvelope(true));
    assertThat(response.body()).isInstanceOfSatisfying(AwsPeeringConnection.class, aws ->
        assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.UNKNOWN_DEFAULT_OPEN_API));
    assertThat(response.json().path("statusName").asText()).isEqualTo("BRAND_NEW_STATE");
    assertThat(response.json().path("newField").asInt()).isEqualTo(42);
    assertThat(response.json().has("content")).isFalse();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsKey("ratelimit-remaining");
  }

  @Test
  void unknownProviderNameIsADecodeErrorNamingKnownValues() {
    server.respond(e -> Reply.json(200, "{\"containerId\":\"32b6e34b3d91647abb20e7b8\",\"providerName\":\"OCI\"}"));
    assertThatThrownBy(() -> call(false)).isInstanceOf(AtlasDecodeException.class)
        .hasMessageContaining("OCI").hasMessageContaining("AWS").hasMessageContaining("AZURE").hasMessageContaining("GCP");
  }
}
