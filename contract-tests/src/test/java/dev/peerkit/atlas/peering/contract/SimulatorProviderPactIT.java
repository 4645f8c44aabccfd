package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.provider.VerificationResult;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract against the simulator: Pact JVM replays every interaction of the written pact,
 * unchanged, against a running simulator and compares its answers with the pact. The provider
 * states (the peer, the service account and its token, roles, faults) are set through the
 * simulator's state change endpoint, as the Rust verifier in CI sets them.
 */
class SimulatorProviderPactIT {

  private static AtlasSimulator atlas;

  @BeforeAll
  static void startSimulator() {
    atlas = AtlasSimulator.builder().providerStates(true).build().start();
  }

  @AfterAll
  static void stopSimulator() {
    atlas.stop();
  }

  @TestFactory
  Stream<DynamicTest> theSimulatorHonoursEveryInteraction() {
    SimulatorVerification verification = new SimulatorVerification(atlas);
    return PactFiles.httpInteractions(PactFiles.load()).stream()
        .map(interaction -> DynamicTest.dynamicTest(interaction.getDescription(),
            () -> assertHonoured(verification.verify(interaction), interaction)));
  }

  private static void assertHonoured(VerificationResult result, V4Interaction.SynchronousHttp interaction) {
    assertThat(result).as("%s: %s", interaction.getDescription(), result).isInstanceOf(VerificationResult.Ok.class);
  }
}
