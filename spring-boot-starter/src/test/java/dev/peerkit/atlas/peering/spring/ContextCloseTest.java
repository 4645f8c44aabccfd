package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.AtlasCapability;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import feign.Feign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Both SDK beans are closed with the context, and no secret reaches the log even at DEBUG. */
@ExtendWith(OutputCaptureExtension.class)
class ContextCloseTest {

  @Test
  void theBeansCloseWithTheContextAndTheSecretIsNeverLogged(CapturedOutput output) {
    AtlasSimulator atlas = TestAtlas.SIMULATOR;
    AtlasCapability capability;
    AtlasPeeringClient client;
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StarterTestApplication.class)
        .web(WebApplicationType.NONE).run(
            "--atlas.peering.base-url=" + atlas.baseUrl(),
            "--atlas.peering.service-account.client-id=" + atlas.demoCredentials().clientId(),
            "--atlas.peering.service-account.client-secret=" + atlas.demoCredentials().clientSecret(),
            "--logging.level.dev.peerkit=DEBUG", "--logging.level.feign=DEBUG")) {
      capability = context.getBean(AtlasCapability.class);
      client = context.getBean(AtlasPeeringClient.class);
      client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
          AbstractStarterTest.awsUpdate("10.23.0.0/24"));
    }

    assertThatThrownBy(() -> Feign.builder().addCapability(capability).target(NetworkPeeringApi.class, atlas.baseUrl()))
        .rootCause().hasMessage("This AtlasCapability is closed");
    assertThatThrownBy(() -> client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        AbstractStarterTest.awsUpdate("10.24.0.0/24")))
        .isInstanceOf(RuntimeException.class);
    assertThat(output).isNotEmpty().doesNotContain(atlas.demoCredentials().clientSecret());
  }
}
