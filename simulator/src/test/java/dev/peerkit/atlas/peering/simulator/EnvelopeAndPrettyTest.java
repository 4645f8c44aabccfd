package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnvelopeAndPrettyTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @Test
  void envelopeWrapsTheAnswerWithItsStatus() {
    HttpResponse<String> response = patch(SeedData.GCP_PEER_ID, "?envelope=true", Bodies.GCP);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode envelope = Http.json(response);
    assertThat(envelope.get("status").asInt()).isEqualTo(200);
    assertThat(envelope.get("content").get("status").asText()).isEqualTo("ADDING_PEER");
  }

  @Test
  void anEnvelopedErrorIsHttp200WithTheApiErrorInside() {
    HttpResponse<String> response = patch("0123456789abcdef01234567", "?envelope=true", Bodies.GCP);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode envelope = Http.json(response);
    assertThat(envelope.get("status").asInt()).isEqualTo(404);
    assertThat(envelope.get("content").get("errorCode").asText()).isEqualTo("RESOURCE_NOT_FOUND");
  }

  @Test
  void prettyIndentsTheSameJson() {
    String compact = patch(SeedData.GCP_PEER_ID, "", Bodies.GCP).body();
    String pretty = patch(SeedData.GCP_PEER_ID, "?pretty=true", Bodies.GCP).body();

    assertThat(compact).doesNotContain("\n");
    assertThat(pretty).contains("\n  \"containerId\"");
    assertThat(Http.json(pretty)).isEqualTo(Http.json(compact));
  }

  private static HttpResponse<String> patch(String peerId, String query, String body) {
    String url = Http.peerUrl(ATLAS.simulator(), SeedData.GROUP_ID, peerId) + query;
    return Http.send(Http.authorizedPatch(ATLAS.simulator(), url, body));
  }
}
