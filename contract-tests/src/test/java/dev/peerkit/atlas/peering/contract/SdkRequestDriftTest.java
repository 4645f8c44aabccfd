package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.MockHttpServer;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.AtlasPeeringClientBuilder;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Breaking the SDK's side fails the build: the AWS update interaction, exactly as {@link
 * UpdatePactTest} defines it, against the SDK as it is and against an SDK whose request drifted
 * (it asks for another API version, so its {@code Accept} and {@code Content-Type} change). The
 * mock server runs by hand here, so the drifted run writes no pact.
 */
class SdkRequestDriftTest {

  @Test
  void theSdkAsItIsMatchesTheInteraction() {
    RunResult run = runAwsUpdate(UnaryOperator.identity());

    assertThat(run.raised()).isNull();
    assertThat(run.mockServer()).isInstanceOf(PactVerificationResult.Ok.class);
  }

  @Test
  void anSdkRequestThatDriftedFailsTheConsumerTest() {
    // An API key instead of the service account: the request drifts from the pinned bearer token.
    RunResult run = runAwsUpdate(sdk -> sdk.apiKey("public-key", "private-key"));

    assertThat(run.raised()).isInstanceOf(AtlasApiError.class);
    assertThat(run.mockServer()).isNotInstanceOf(PactVerificationResult.Ok.class);
    assertThat(run.mockServer().getDescription()).contains("Authorization");
  }

  private record RunResult(Throwable raised, PactVerificationResult mockServer) {}

  private static RunResult runAwsUpdate(UnaryOperator<AtlasPeeringClientBuilder> change) {
    MockHttpServer server = new MockHttpServer(awsUpdatePact(), MockProviderConfig.createDefault(PactSpecVersion.V4));
    server.start();
    server.waitForServer();
    AtlasPeeringClient sdk = change.apply(AtlasPeeringClient.builder()
            .baseUrl(server.getUrl())
            .serviceAccount(Examples.CLIENT_ID, Examples.CLIENT_SECRET)
            .retryPolicy(RetryPolicy.NONE)
            .logger(new WireLog()))
        .build();
    Throwable raised;
    try {
      raised = catchThrowable(() -> assertThat(sdk.updatePeeringConnection(
          UpdatePeeringConnectionRequest.of(Examples.GROUP_ID, Examples.AWS_PEER_ID, Examples.awsUpdate())))
          .isInstanceOf(AwsPeeringConnection.class));
    } finally {
      server.stop();
      sdk.close(); // after the server: the token revocation is not part of the contract
    }
    return new RunResult(raised, server.validateMockServerState(null));
  }

  private static V4Pact awsUpdatePact() {
    V4Pact token = new UpdatePactTest().serviceAccountToken(builder());
    V4Pact update = new UpdatePactTest().updateAws(builder());
    return (V4Pact) token.mergeInteractions(update.getInteractions());
  }

  private static PactDslWithProvider builder() {
    return ConsumerPactBuilder.consumer(Pacticipants.CONSUMER).hasPactWith(Pacticipants.PROVIDER);
  }
}
