package dev.peerkit.atlas.peering.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
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

  @Test
  void aDeadlineBoundsTheAdaptiveLimitersWait() {
    try (AtlasSimulator atlas = AtlasSimulator.builder().rateLimit(TokenBucketPolicy.of(1, 1, 60)).build().start();
        AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
            .serviceAccount(atlas.demoCredentials().clientId(), atlas.demoCredentials().clientSecret())
            .adaptiveRateLimiting(true).build()) {
      AwsPeeringConnectionUpdate update = new AwsPeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7b8");
      String group = "32b6e34b3d91647abb20e7b8";
      String peer = "5e57a0e35c6d2b1a2c3d4e5f";

      assertThat(RateLimitExample.updateWithinFiveSeconds(client, group, peer, update)).isEqualTo("updated");
      // The first 429 teaches the limiter the bucket (its Retry-After is past the deadline: not waited for)...
      assertThatThrownBy(() -> RateLimitExample.updateWithinFiveSeconds(client, group, peer, update))
          .isInstanceOf(AtlasRateLimitException.class);
      // ...after which a call that would wait past the deadline is not sent.
      assertThat(RateLimitExample.updateWithinFiveSeconds(client, group, peer, update)).startsWith("would have waited 5");
      assertThat(atlas.rateLimits().orElseThrow().refusedCount()).isEqualTo(1);
    }
  }
}
