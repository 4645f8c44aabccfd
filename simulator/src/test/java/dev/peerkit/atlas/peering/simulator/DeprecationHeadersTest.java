package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeprecationHeadersTest {

  @Test
  void deprecationAndSunsetAreSentWhenConfigured() {
    AtlasSimulator.Builder deprecated =
        AtlasSimulator.builder()
            .deprecation(Instant.parse("2025-06-01T00:00:00Z"))
            .sunset(Instant.parse("2026-06-01T00:00:00Z"));

    try (AtlasSimulator atlas = deprecated.build().start()) {
      HttpResponse<String> response = patch(atlas);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Deprecation")).hasValue("@1748736000");
      assertThat(response.headers().firstValue("Sunset")).hasValue("Mon, 1 Jun 2026 00:00:00 GMT");
    }
  }

  @Test
  void noDeprecationHeadersByDefault() {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      HttpResponse<String> response = patch(atlas);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Deprecation")).isEmpty();
      assertThat(response.headers().firstValue("Sunset")).isEmpty();
    }
  }

  private static HttpResponse<String> patch(AtlasSimulator atlas) {
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, SeedData.AWS_PEER_ID);
    return Http.send(Http.authorizedPatch(atlas, url, Bodies.AWS));
  }
}
