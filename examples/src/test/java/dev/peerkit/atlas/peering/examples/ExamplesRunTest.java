package dev.peerkit.atlas.peering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the plain-Java examples against the simulator, configured as their users would: by environment. */
class ExamplesRunTest {

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  private static Map<String, String> serviceAccountEnv(AtlasSimulator atlas) {
    DemoCredentials demo = atlas.demoCredentials();
    return Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", atlas.baseUrl(),
        "MONGODB_ATLAS_CLIENT_ID", demo.clientId(), "MONGODB_ATLAS_CLIENT_SECRET", demo.clientSecret());
  }

  private static Map<String, String> apiKeyEnv(AtlasSimulator atlas) {
    DemoCredentials demo = atlas.demoCredentials();
    return Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", atlas.baseUrl(),
        "MONGODB_ATLAS_PUBLIC_API_KEY", demo.apiPublicKey(), "MONGODB_ATLAS_PRIVATE_API_KEY", demo.apiPrivateKey());
  }

  @Test
  void facadeWithAServiceAccountFromTheEnvironment(AtlasSimulator atlas) {
    assertThat(FacadeExample.updateAwsPeer(serviceAccountEnv(atlas))).isEqualTo("PENDING_ACCEPTANCE");
    assertThat(atlas.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void facadeWithAnApiKeyFromTheEnvironment(AtlasSimulator atlas) {
    assertThat(FacadeExample.updateAwsPeer(apiKeyEnv(atlas))).isEqualTo("PENDING_ACCEPTANCE");
    assertThat(atlas.tokenRequestCount()).isZero();
  }

  @Test
  void feignBuilderWithTheCapability(AtlasSimulator atlas) {
    assertThat(FeignBuilderExample.updateAzurePeer(apiKeyEnv(atlas))).isEqualTo("ADDING_PEER");
    assertThat(FeignBuilderExample.updateAzurePeer(serviceAccountEnv(atlas))).isEqualTo("ADDING_PEER");
  }

  @Test
  void envelopeAndTypedErrors(AtlasSimulator atlas) {
    DemoCredentials demo = atlas.demoCredentials();
    try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
        .serviceAccount(demo.clientId(), demo.clientSecret()).build()) {
      assertThat(ErrorsExample.updateWithEnvelope(client)).isInstanceOfSatisfying(GcpPeeringConnection.class,
          gcp -> assertThat(gcp.getNetworkName()).isEqualTo("app-network"));
      assertThat(ErrorsExample.describeUpdate(client, "5e57a0e35c6d2b1a2c3d4e61")).isEqualTo("updated");
      assertThat(ErrorsExample.describeUpdate(client, "5e57a0e35c6d2b1a2c3d4eff"))
          .isEqualTo("no such peer: RESOURCE_NOT_FOUND");
    }
  }
}
