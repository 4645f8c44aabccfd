package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.util.HashMap;
import java.util.function.Consumer;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Breaking the simulator's side fails the build: the same verification as {@code
 * SimulatorProviderPactIT}, once against a simulator whose answer has drifted from the contract.
 * The simulator's code is not ours to break, so its data is: a peer whose connectionId is not an
 * AWS {@code pcx-...} id makes its answer break the pact's matcher.
 */
class SimulatorDriftIT {

  private static AtlasSimulator atlas;
  private static SimulatorCredentials credentials;
  private static String token;

  @BeforeAll
  static void startSimulator() {
    atlas = AtlasSimulator.builder().build().start();
    credentials = new SimulatorCredentials(atlas);
    token = credentials.liveToken();
  }

  @AfterAll
  static void stopSimulator() {
    atlas.stop();
  }

  @BeforeEach
  void freshSimulator() {
    atlas.reset();
  }

  @Test
  void theSimulatorAsItIsHonoursTheAwsUpdate() {
    new SimulatorStates(atlas).peerExists(ProviderStates.awsPeer(), SeedData.awsConnection());

    assertThat(verify(Interactions.UPDATE_AWS)).isInstanceOf(VerificationResult.Ok.class);
  }

  @Test
  void aSimulatorAnswerThatDriftedFailsVerification() {
    new SimulatorStates(atlas).peerExists(ProviderStates.awsPeer(),
        SeedData.awsConnection().put("connectionId", "peering-42"));

    VerificationResult result = verify(Interactions.UPDATE_AWS);

    assertThat(result).isInstanceOfSatisfying(VerificationResult.Failed.class,
        failed -> assertThat(failed.getFailures().toString()).contains("connectionId", "peering-42"));
  }

  private static VerificationResult verify(String description) {
    V4Interaction.SynchronousHttp interaction = PactFiles.interaction(description);
    ProviderInfo provider = new ProviderInfo(Pacticipants.PROVIDER, "http", "127.0.0.1", atlas.port());
    provider.setRequestFilter((Consumer<HttpRequest>) request -> credentials.swapInto(request, token));
    ProviderClient client = new ProviderClient(provider, new VerifierHttpClient());
    return new ProviderVerifier().verifyResponseFromProvider(provider, interaction, description, new HashMap<>(), client);
  }
}
