package dev.peerkit.atlas.peering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.examples.boot.PeerUpdater;
import dev.peerkit.atlas.peering.examples.boot.PeeringServiceApplication;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring Boot example as its users would (its application.properties; the credentials
 * and the simulator's URL from the command line) and calls the simulator through its beans.
 */
class SpringBootExampleTest {

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @Test
  void theServiceCallsAtlasThroughTheFeignClientAndTheClientBean(AtlasSimulator atlas) {
    try (ConfigurableApplicationContext context = SpringApplication.run(PeeringServiceApplication.class,
        "--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
        "--atlas.peering.base-url=" + atlas.baseUrl(),
        "--MONGODB_ATLAS_CLIENT_ID=" + atlas.demoCredentials().clientId(),
        "--MONGODB_ATLAS_CLIENT_SECRET=" + atlas.demoCredentials().clientSecret())) {
      PeerUpdater updater = context.getBean(PeerUpdater.class);

      assertThat(updater.renameGcpNetwork()).isEqualTo("ADDING_PEER");
      assertThat(updater.moveAwsRoutes()).isEqualTo("PENDING_ACCEPTANCE");
    }
  }
}
