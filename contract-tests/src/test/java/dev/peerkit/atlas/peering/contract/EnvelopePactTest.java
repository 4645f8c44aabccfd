package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.ok;
import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.patch;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_VPC_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_RESOURCE_GROUP;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PROJECT_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GROUP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import org.junit.jupiter.api.Test;

/**
 * The same updates with {@code envelope=true}: Atlas answers {@code {"status": 200, "content":
 * {...}}} and the SDK hands back the unwrapped, typed content.
 */
class EnvelopePactTest extends SdkConsumerPactTest {

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateAwsEnveloped(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_AWS_ENVELOPE), GROUP_ID, AWS_PEER_ID)
            .query("envelope=true")
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        PactBodies.envelope(PactBodies::awsPeer)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateAwsEnveloped"})
  void unwrapsTheAwsPeer(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate()).withEnvelope(true));

    UpdatePactTest.assertAwsPeer(updated);
    assertSentBodiesCarry("AWS");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateAzureEnveloped(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.AZURE_PEER_EXISTS, ProviderStates.azurePeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_AZURE_ENVELOPE), GROUP_ID, AZURE_PEER_ID)
            .query("envelope=true")
            .body(PactBodies.azureUpdate()),
        PactBodies.envelope(PactBodies::azurePeer)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateAzureEnveloped"})
  void unwrapsTheAzurePeer(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, AZURE_PEER_ID, Examples.azureUpdate()).withEnvelope(true));

    assertThat(updated).isInstanceOfSatisfying(AzurePeeringConnection.class, azure -> {
      assertThat(azure.getId()).isEqualTo(AZURE_PEER_ID);
      assertThat(azure.getResourceGroupName()).isEqualTo(AZURE_RESOURCE_GROUP);
      assertThat(azure.getStatus()).isEqualTo(AzurePeeringConnection.StatusEnum.ADDING_PEER);
    });
    assertSentBodiesCarry("AZURE");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact updateGcpEnveloped(PactDslWithProvider builder) {
    return ok(patch(builder.given(ProviderStates.GCP_PEER_EXISTS, ProviderStates.gcpPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UPDATE_GCP_ENVELOPE), GROUP_ID, GCP_PEER_ID)
            .query("envelope=true")
            .body(PactBodies.gcpUpdate()),
        PactBodies.envelope(PactBodies::gcpPeer)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "updateGcpEnveloped"})
  void unwrapsTheGcpPeer(MockServer server) {
    PeeringConnection updated = sdk(server).updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, GCP_PEER_ID, Examples.gcpUpdate()).withEnvelope(true));

    assertThat(updated).isInstanceOfSatisfying(GcpPeeringConnection.class, gcp -> {
      assertThat(gcp.getId()).isEqualTo(GCP_PEER_ID);
      assertThat(gcp.getGcpProjectId()).isEqualTo(GCP_PROJECT_ID);
      assertThat(gcp.getStatus()).isEqualTo(GcpPeeringConnection.StatusEnum.ADDING_PEER);
    });
    assertSentBodiesCarry("GCP");
  }
}
