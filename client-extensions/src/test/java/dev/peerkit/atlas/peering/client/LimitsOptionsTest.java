package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The documented defaults of the bounds, and the range of the timeout options. */
class LimitsOptionsTest {

  private static AtlasCapability.Builder builder() {
    return AtlasCapability.builder().baseUrl("http://127.0.0.1:1").serviceAccount("id", "secret");
  }

  @Test
  void defaultsAreNinetySecondsAndOneMebibyte() {
    AtlasSettings.Limits limits = builder().settings().limits();
    assertThat(limits.callTimeout()).isEqualTo(Duration.ofSeconds(90)).isEqualTo(AtlasOptionsBuilder.DEFAULT_CALL_TIMEOUT);
    assertThat(limits.maxResponseBytes()).isEqualTo(1_048_576).isEqualTo(AtlasOptionsBuilder.DEFAULT_MAX_RESPONSE_BYTES);
    AtlasSettings.Limits set = builder().callTimeout(Duration.ofSeconds(5)).maxResponseBytes(10).settings().limits();
    assertThat(set).isEqualTo(new AtlasSettings.Limits(Duration.ofSeconds(5), 10));
  }

  @Test
  void timeoutsOutsideWhatASocketCanWaitAreRefused() {
    for (Duration absurd : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(Long.MAX_VALUE),
        Duration.ofMillis(Integer.MAX_VALUE + 1L)}) {
      assertThatThrownBy(() -> builder().responseTimeout(absurd)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("responseTimeout");
      assertThatThrownBy(() -> builder().callTimeout(absurd)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("callTimeout");
      assertThatThrownBy(() -> builder().connectTimeout(absurd)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(builder().responseTimeout(Duration.ofMillis(Integer.MAX_VALUE)).settings().responseTimeout())
        .isEqualTo(Duration.ofMillis(Integer.MAX_VALUE));
    assertThatThrownBy(() -> builder().maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxResponseBytes");
  }
}
