package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.ok;
import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.patch;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_CONNECTION_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_VPC_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_VNET;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_NETWORK;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GROUP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import org.junit.jupiter.api.Test;

/** Updates of each provider's peering connection, each with its full body, and {@code pretty=true}. */
class UpdatePactTest extends SdkConsumerPactTest {

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateAws(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_AWS), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        PactBodies.awsPeer(new PactDslJsonBody())).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateAws"})
  void updatesAnAwsPeer(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate()));

    assertAwsPeer(updated);
    assertSentBodiesCarry("AWS");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateAzure(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.AZURE_PEER_EXISTS, ProviderStates.azurePeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_AZURE), GROUP_ID, AZURE_PEER_ID)
            .body(PactBodies.azureUpdate()),
        PactBodies.azurePeer(new PactDslJsonBody())).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateAzure"})
  void updatesAnAzurePeer(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, AZURE_PEER_ID, Examples.azureUpdate()));

    assertThat(updated).isInstanceOfSatisfying(AzurePeeringConnection.class, azure -> {
      assertThat(azure.getId()).isEqualTo(AZURE_PEER_ID);
      assertThat(azure.getVnetName()).isEqualTo(AZURE_VNET);
      assertThat(azure.getStatus()).isEqualTo(AzurePeeringConnection.StatusEnum.ADDING_PEER);
    });
    assertSentBodiesCarry("AZURE");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateGcp(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.GCP_PEER_EXISTS, ProviderStates.gcpPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_GCP), GROUP_ID, GCP_PEER_ID)
            .body(PactBodies.gcpUpdate()),
        PactBodies.gcpPeer(new PactDslJsonBody())).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateGcp"})
  void updatesAGcpPeer(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, GCP_PEER_ID, Examples.gcpUpdate()));

    assertThat(updated).isInstanceOfSatisfying(GcpPeeringConnection.class, gcp -> {
      assertThat(gcp.getId()).isEqualTo(GCP_PEER_ID);
      assertThat(gcp.getNetworkName()).isEqualTo(GCP_NETWORK);
      assertThat(gcp.getStatus()).isEqualTo(GcpPeeringConnection.StatusEnum.ADDING_PEER);
    });
    assertSentBodiesCarry("GCP");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateAwsPretty(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_AWS_PRETTY), GROUP_ID, AWS_PEER_ID)
            .query("pretty=true")
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        PactBodies.awsPeer(new PactDslJsonBody())).toPact(V4Pact.class);
  }

  /** Pact compares JSON, not layout: the pact pins that the SDK asks for it, and reads the answer. */
  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateAwsPretty"})
  void asksForPrettyJson(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate()).withPretty(true));

    assertAwsPeer(updated);
    assertSentBodiesCarry("AWS");
  }

  static void assertAwsPeer(PeeringConnection updated) {
    assertThat(updated).isInstanceOfSatisfying(AwsPeeringConnection.class, aws -> {
      assertThat(aws.getId()).isEqualTo(AWS_PEER_ID);
      assertThat(aws.getVpcId()).isEqualTo(AWS_VPC_ID);
      assertThat(aws.getConnectionId()).isEqualTo(AWS_CONNECTION_ID);
      assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.PENDING_ACCEPTANCE);
    });
  }
}
