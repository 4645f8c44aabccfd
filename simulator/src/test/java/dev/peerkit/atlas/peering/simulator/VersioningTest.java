package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersioningTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @Test
  void missingAcceptIs406InvalidVersionDateListingTheVersions() {
    HttpRequest.Builder request = awsPatch();
    request.setHeader("Accept", "");

    HttpResponse<String> response = Http.send(request);

    assertThat(response.statusCode()).isEqualTo(406);
    JsonNode error = Http.json(response);
    assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_VERSION_DATE");
    assertThat(error.get("detail").asText()).contains("2023-01-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/vnd.atlas.2025-3-12+json",
        "application/vnd.atlas.2025-02-30+json",
        "application/vnd.atlas.2022-12-31+json"
      })
  void malformedOrTooEarlyVersionsAre406NamingWhatWasSent(String accept) {
    HttpResponse<String> response = Http.send(awsPatch().setHeader("Accept", accept));

    assertThat(response.statusCode()).isEqualTo(406);
    JsonNode error = Http.json(response);
    assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_VERSION_DATE");
    assertThat(error.get("detail").asText()).contains(accept, "2023-01-01");
  }

  @ParameterizedTest
  @CsvSource({
    "2023-01-01, 2023-01-01",
    "2024-06-30, 2023-01-01",
    "2025-03-12, 2023-01-01",
    "2030-01-01, 2023-01-01"
  })
  void aReleaseDateIsServedByTheLatestResourceVersionOnOrBeforeItNamedInTheContentType(String asked, String served) {
    String vendor = "application/vnd.atlas." + asked + "+json";

    HttpResponse<String> response =
        Http.send(awsPatch().setHeader("Accept", vendor).setHeader("Content-Type", vendor));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.atlas." + served + "+json;charset=utf-8");
  }

  @Test
  void theSourcePagesCurlFormIsServedByTheResourceVersion() {
    // The source page: Accept names the release date, Content-Type is plain JSON.
    HttpResponse<String> response =
        Http.send(awsPatch()
            .setHeader("Accept", "application/vnd.atlas.2025-03-12+json")
            .setHeader("Content-Type", "application/json"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.atlas.2023-01-01+json;charset=utf-8");
    assertThat(Http.json(response).get("statusName").asText()).isEqualTo("PENDING_ACCEPTANCE");
  }

  @Test
  void plainJsonRequestBodiesAreAccepted() {
    HttpResponse<String> response =
        Http.send(awsPatch().setHeader("Content-Type", "application/json; charset=utf-8"));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void otherRequestMediaTypesAre415() {
    HttpResponse<String> response = Http.send(awsPatch().setHeader("Content-Type", "text/plain"));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  private static HttpRequest.Builder awsPatch() {
    AtlasSimulator atlas = ATLAS.simulator();
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, SeedData.AWS_PEER_ID);
    return Http.authorizedPatch(atlas, url, Bodies.AWS);
  }
}
