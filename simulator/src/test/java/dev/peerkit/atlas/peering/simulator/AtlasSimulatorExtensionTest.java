package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(AtlasSimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AtlasSimulatorExtensionTest {

  private static String firstBaseUrl;

  @Test
  @Order(1)
  void injectsARunningSimulatorOnLoopback(AtlasSimulator atlas) {
    assertThat(atlas.isRunning()).isTrue();
    assertThat(atlas.baseUrl()).startsWith("http://127.0.0.1:");
    firstBaseUrl = atlas.baseUrl();
    atlas.store().removeConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID);
    atlas.faults().serverError(3);
  }

  @Test
  @Order(2)
  void sharesOneSimulatorPerClassAndResetsItBeforeEachTest(AtlasSimulator atlas) {
    assertThat(atlas.baseUrl()).isEqualTo(firstBaseUrl);
    assertThat(atlas.store().getConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID)).isPresent();
    assertThat(atlas.faults().pending()).isZero();
  }

  @Nested
  class InstanceFieldRegistration {

    @RegisterExtension
    final AtlasSimulatorExtension perTest =
        new AtlasSimulatorExtension(
            AtlasSimulator.builder().tokenExpiresIn(Duration.ofSeconds(30)));

    @Test
    void runsAnOwnSimulatorWithTheBuildersSettings() {
      AtlasSimulator own = perTest.simulator();

      assertThat(own.baseUrl()).isNotEqualTo(firstBaseUrl);
      assertThat(Http.json(Http.requestToken(own)).get("expires_in").asLong()).isEqualTo(30);
    }
  }
}
