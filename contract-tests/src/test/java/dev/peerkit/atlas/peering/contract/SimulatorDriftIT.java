package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.provider.VerificationResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Breaking the simulator's side fails the build: the same verification as {@code
 * SimulatorProviderPactIT}, against a simulator whose answer drifted from the contract, and with
 * a provider state the simulator does not know. The simulator's code is not ours to break, so its
 * data is: after the states are set up, the peer's connectionId becomes one that is not an AWS
 * {@code pcx-...} id.
 */
class SimulatorDriftIT {

  private static AtlasSimulator atlas;

  @BeforeAll
  static void startSimulator() {
    atlas = AtlasSimulator.builder().providerStates(true).build().start();
  }

  @AfterAll
  static void stopSimulator() {
    atlas.stop();
  }

  /** A failed state change skips the teardown, so each test starts from a fresh simulator. */
  @BeforeEach
  void freshSimulator() {
    atlas.reset();
  }

  @Test
  void theSimulatorAsItIsHonoursTheAwsUpdate() {
    VerificationResult result = new SimulatorVerification(atlas).verify(PactFiles.interaction(Interactions.UPDATE_AWS));

    assertThat(result).isInstanceOf(VerificationResult.Ok.class);
  }

  @Test
  void aSimulatorAnswerThatDriftedFailsVerification() {
    SimulatorVerification drifted = new SimulatorVerification(atlas).beforeEachRequest(request ->
        atlas.store().putConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
            SeedData.awsConnection().put("connectionId", "peering-42")));

    VerificationResult result = drifted.verify(PactFiles.interaction(Interactions.UPDATE_AWS));

    assertThat(result).isInstanceOfSatisfying(VerificationResult.Failed.class,
        failed -> assertThat(failed.getFailures().toString()).contains("connectionId", "peering-42"));
  }

  /** The states are really set over HTTP: one the simulator does not know fails the interaction. */
  @Test
  void aProviderStateTheSimulatorDoesNotKnowFailsVerification() {
    V4Interaction.SynchronousHttp renamed = PactFiles.changedInteraction(Interactions.NOT_PROJECT_OWNER,
        interaction -> interaction.withArray("providerStates").addObject().put("name", "a state nobody implements"));

    assertThat(new SimulatorVerification(atlas).verify(renamed)).isInstanceOf(VerificationResult.Failed.class);
  }

  /** Without the role state the simulator answers 200, so the 403 interaction fails. */
  @Test
  void withoutItsStateTheForbiddenInteractionFails() {
    V4Interaction.SynchronousHttp stateless = PactFiles.changedInteraction(Interactions.NOT_PROJECT_OWNER,
        interaction -> removeState(interaction, ProviderStates.NOT_PROJECT_OWNER));

    VerificationResult result = new SimulatorVerification(atlas).verify(stateless);

    assertThat(result).isInstanceOfSatisfying(VerificationResult.Failed.class,
        failed -> assertThat(failed.getFailures().toString()).contains("403", "200"));
  }

  private static void removeState(ObjectNode interaction, String name) {
    ArrayNode states = (ArrayNode) interaction.get("providerStates");
    for (int i = states.size() - 1; i >= 0; i--) {
      if (states.get(i).path("name").asText().equals(name)) {
        states.remove(i);
      }
    }
  }
}
