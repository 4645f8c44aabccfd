package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.peerkit.atlas.peering.client.AtlasCapability;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The bounds and the adaptive rate limiter are set from {@code atlas.peering.*} like every option. */
class BoundsPropertiesTest {

  private static ConfigurableApplicationContext start(String... more) {
    AtlasSimulator atlas = TestAtlas.SIMULATOR;
    String[] base = {
        "--atlas.peering.base-url=" + atlas.baseUrl(),
        "--atlas.peering.api-key.public-key=" + atlas.demoCredentials().apiPublicKey(),
        "--atlas.peering.api-key.private-key=" + atlas.demoCredentials().apiPrivateKey()};
    return new SpringApplicationBuilder(StarterTestApplication.class).web(WebApplicationType.NONE)
        .run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  @Test
  void maxResponseBytesBoundsTheAnswerAndTheLimiterIsSwitchedOn() {
    try (ConfigurableApplicationContext context = start("--atlas.peering.max-response-bytes=64",
        "--atlas.peering.call-timeout=5s", "--atlas.peering.rate-limit.adaptive=true")) {
      AtlasPeeringClient client = context.getBean(AtlasPeeringClient.class);

      assertThatThrownBy(() -> client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
          AbstractStarterTest.awsUpdate("10.25.0.0/24")))
          .isInstanceOfSatisfying(AtlasResponseLimitException.class,
              e -> assertThat(e.bound()).isEqualTo("maxResponseBytes"));
      assertThat(context.getBean(AtlasCapability.class).rateLimitState()).isPresent();
    }
  }

  @Test
  void byDefaultTheLimiterIsOff() {
    try (ConfigurableApplicationContext context = start()) {
      assertThat(context.getBean(AtlasCapability.class).rateLimitState()).isEmpty();
    }
  }

  @Test
  void anOutOfRangeCallTimeoutIsAConfigurationFailure() {
    Throwable thrown = catchThrowable(() -> start("--atlas.peering.call-timeout=0s").close());
    while (thrown != null && !(thrown instanceof AtlasPeeringConfigurationException)) {
      thrown = thrown.getCause();
    }
    assertThat(thrown).isInstanceOf(AtlasPeeringConfigurationException.class)
        .hasMessageContaining("callTimeout must be positive");
  }
}
