package dev.peerkit.atlas.peering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "simulator in your own tests" snippet, as a test. */
class SimulatorInYourTestsExampleTest {

  // README:start simulator-test
  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @Test
  void updatesThePeerAfterA429(AtlasSimulator atlas) {
    DemoCredentials demo = atlas.demoCredentials();
    try (AtlasPeeringClient client = AtlasPeeringClient.builder()
        .baseUrl(atlas.baseUrl()) // http://127.0.0.1:<free port>
        .apiKey(demo.apiPublicKey(), demo.apiPrivateKey())
        .build()) {
      atlas.faults().rateLimited(1, Duration.ofSeconds(1)); // the next request gets a 429, then is retried
      AwsPeeringConnection updated = (AwsPeeringConnection) client.updatePeeringConnection(SeedData.GROUP_ID,
          SeedData.AWS_PEER_ID, new AwsPeeringConnectionUpdate().containerId(SeedData.AWS_CONTAINER_ID).vpcId("vpc-0a1b2c3d4e5f60718"));
      assertThat(updated.getVpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718");
    }
  }
  // README:end
}
