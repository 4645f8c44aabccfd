package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeeringUpdateTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @ParameterizedTest
  @CsvSource({
    "AWS,   5e57a0e35c6d2b1a2c3d4e5f, statusName, PENDING_ACCEPTANCE",
    "AZURE, 5e57a0e35c6d2b1a2c3d4e60, status,     ADDING_PEER",
    "GCP,   5e57a0e35c6d2b1a2c3d4e61, status,     ADDING_PEER"
  })
  void anUpdateMovesTheStatusOnAsAtlasDoes(
      String provider, String peerId, String statusField, String status) {
    String body =
        switch (provider) {
          case "AWS" -> Bodies.AWS;
          case "AZURE" -> Bodies.AZURE;
          default -> Bodies.GCP;
        };
    ObjectNode before =
        ATLAS.simulator().store().getConnection(SeedData.GROUP_ID, peerId).orElseThrow();

    HttpResponse<String> response = patch(SeedData.GROUP_ID, peerId, body);

    assertThat(before.get(statusField).asText()).isEqualTo("AVAILABLE");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode peer = Http.json(response);
    assertThat(peer.get("id").asText()).isEqualTo(peerId);
    assertThat(peer.get("providerName").asText()).isEqualTo(provider);
    assertThat(peer.get(statusField).asText()).isEqualTo(status);
    assertThat(ATLAS.simulator().store().getConnection(SeedData.GROUP_ID, peerId).orElseThrow())
        .isEqualTo(peer);
  }

  @Test
  void theBodyIsMergedIntoTheStoredPeer() {
    HttpResponse<String> response =
        patch(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Bodies.awsWithVpc("vpc-00000000000000001"));

    JsonNode stored =
        ATLAS
            .simulator()
            .store()
            .getConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID)
            .orElseThrow();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(stored.get("vpcId").asText()).isEqualTo("vpc-00000000000000001");
    assertThat(stored.get("connectionId").asText()).isEqualTo("pcx-0a1b2c3d4e5f60718");
    assertThat(stored.get("awsAccountId").asText()).isEqualTo("123456789012");
  }

  @Test
  void anAwsPeerWithoutConnectionIdGetsOne() {
    ObjectNode seeded = SeedData.awsConnection();
    seeded.remove("connectionId");
    seeded.put("statusName", "FAILED");
    seeded.put("errorStateName", "REJECTED");
    ATLAS.simulator().store().putConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, seeded);

    JsonNode peer = Http.json(patch(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Bodies.AWS));

    assertThat(peer.get("connectionId").asText()).matches("pcx-[0-9a-f]{17}");
    assertThat(peer.get("statusName").asText()).isEqualTo("PENDING_ACCEPTANCE");
    assertThat(peer.has("errorStateName")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "5e57a0e35c6d2b1a2c3d4e5f, statusName, TERMINATING, AWS",
    "5e57a0e35c6d2b1a2c3d4e61, status,     DELETING,    GCP"
  })
  void aPeerBeingDeletedIs409(String peerId, String statusField, String deleting, String provider) {
    ObjectNode seeded = ATLAS.simulator().store().getConnection(SeedData.GROUP_ID, peerId).orElseThrow();
    seeded.put(statusField, deleting);
    ATLAS.simulator().store().putConnection(SeedData.GROUP_ID, peerId, seeded);

    HttpResponse<String> response = patch(SeedData.GROUP_ID, peerId, provider.equals("AWS") ? Bodies.AWS : Bodies.GCP);

    assertThat(response.statusCode()).isEqualTo(409);
    JsonNode error = Http.json(response);
    assertThat(error.get("errorCode").asText()).isEqualTo("PEER_ALREADY_REQUESTED_DELETION");
    assertThat(error.get("parameters").get(0).asText()).isEqualTo(peerId);
    assertThat(ATLAS.simulator().store().getConnection(SeedData.GROUP_ID, peerId).orElseThrow()
        .get(statusField).asText()).isEqualTo(deleting);
  }

  @Test
  void withoutTheProjectOwnerRoleItIs403AndNothingChanges() {
    ATLAS.simulator().access().revokeProjectOwner(SeedData.GROUP_ID);

    HttpResponse<String> response = patch(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Bodies.AWS);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("USER_CANNOT_ACCESS_GROUP");
    assertThat(ATLAS.simulator().store().getConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID))
        .contains(SeedData.awsConnection());
    ATLAS.simulator().access().grantProjectOwner(SeedData.GROUP_ID);
    assertThat(patch(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Bodies.AWS).statusCode()).isEqualTo(200);
  }

  @Test
  void anUnknownPeerIs404NamingPeerAndGroup() {
    String unknownPeer = "0123456789abcdef01234567";

    HttpResponse<String> response = patch(SeedData.GROUP_ID, unknownPeer, Bodies.AWS);

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = Http.json(response);
    assertThat(error.get("errorCode").asText()).isEqualTo("RESOURCE_NOT_FOUND");
    assertThat(error.get("detail").asText()).contains(unknownPeer, SeedData.GROUP_ID);
    assertThat(error.get("parameters"))
        .extracting(JsonNode::asText)
        .containsExactly(unknownPeer, SeedData.GROUP_ID);
  }

  @Test
  void anUnknownGroupIs404() {
    String unknownGroup = "ffffffffffffffffffffffff";

    HttpResponse<String> response = patch(unknownGroup, SeedData.AWS_PEER_ID, Bodies.AWS);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.json(response).get("detail").asText()).contains(unknownGroup);
  }

  @Test
  void anotherProviderThanThePeersIsRejectedAndNothingChanges() {
    String gcpBodyForAzurePeer =
        Bodies.GCP.replace("32b6e34b3d91647abb20e7ba", SeedData.AZURE_CONTAINER_ID);

    HttpResponse<String> response =
        patch(SeedData.GROUP_ID, SeedData.AZURE_PEER_ID, gcpBodyForAzurePeer);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("INVALID_ATTRIBUTE");
    assertThat(Http.json(response).get("detail").asText()).contains("providerName", "AZURE", "GCP");
    assertThat(ATLAS.simulator().store().getConnection(SeedData.GROUP_ID, SeedData.AZURE_PEER_ID))
        .contains(SeedData.azureConnection());
  }

  @Test
  void anotherContainerThanThePeersIsRejected() {
    String body = Bodies.AWS.replace(SeedData.AWS_CONTAINER_ID, SeedData.GCP_CONTAINER_ID);

    HttpResponse<String> response = patch(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("INVALID_ATTRIBUTE");
  }

  @Test
  void unknownPathsAre404Json() {
    HttpResponse<String> response =
        Http.send(Http.patch(ATLAS.simulator().baseUrl() + "/api/atlas/v2/groups", "{}"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("RESOURCE_NOT_FOUND");
  }

  @Test
  void otherMethodsOnTheEndpointAre405() {
    String url = Http.peerUrl(ATLAS.simulator(), SeedData.GROUP_ID, SeedData.AWS_PEER_ID);

    HttpResponse<String> response =
        Http.send(Http.authorizedPatch(ATLAS.simulator(), url, "").GET());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("PATCH");
  }

  private static HttpResponse<String> patch(String groupId, String peerId, String body) {
    String url = Http.peerUrl(ATLAS.simulator(), groupId, peerId);
    return Http.send(Http.authorizedPatch(ATLAS.simulator(), url, body));
  }
}
