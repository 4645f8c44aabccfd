package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AtlasSimulatorTest {

  @Test
  void startsOnLoopbackWithARandomPortAndStopsForGood() {
    AtlasSimulator atlas = AtlasSimulator.builder().build().start();
    int port = atlas.port();

    assertThat(atlas.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
    atlas.close();

    assertThat(atlas.isRunning()).isFalse();
    assertThatThrownBy(atlas::baseUrl).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(atlas::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTakenPortFailsToStart() {
    try (AtlasSimulator first = AtlasSimulator.builder().build().start()) {
      AtlasSimulator second = AtlasSimulator.builder().port(first.port()).build();

      assertThatThrownBy(second::start).isInstanceOf(UncheckedIOException.class);
      assertThat(second.isRunning()).isFalse();
    }
  }

  @Test
  void demoCredentialsAreFixedAndTheirSecretsStayOutOfToString() {
    DemoCredentials credentials = AtlasSimulator.builder().build().demoCredentials();

    assertThat(credentials).isEqualTo(DemoCredentials.DEFAULT);
    assertThat(credentials.clientId()).startsWith("mdb_sa_id_demo");
    assertThat(credentials.toString())
        .contains(credentials.apiPublicKey(), credentials.clientId())
        .doesNotContain(credentials.apiPrivateKey(), credentials.clientSecret());
  }

  @Test
  void resetRestoresTheSeedAndTheSettingsAndClearsFaultsAndTheTokenCount() {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      atlas.store().removeConnection(SeedData.GROUP_ID, SeedData.GCP_PEER_ID);
      atlas.faults().serverError(1);
      atlas.setDigestNonceMaxAge(Duration.ofMillis(5));
      Http.token(atlas);

      atlas.reset();

      assertThat(atlas.store().getConnection(SeedData.GROUP_ID, SeedData.GCP_PEER_ID))
          .contains(SeedData.gcpConnection());
      assertThat(atlas.faults().pending()).isZero();
      assertThat(atlas.tokenRequestCount()).isZero();
      assertThat(atlas.digestNonceMaxAge()).isEqualTo(Duration.ofSeconds(60));
    }
  }
}
