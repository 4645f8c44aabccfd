package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @Test
  void rateLimitingAnswers429WithRetryAfterForTheNextNRequestsOnly() {
    ATLAS.simulator().faults().rateLimited(2, Duration.ofSeconds(55));

    HttpResponse<String> first = patch();
    HttpResponse<String> second = patch();
    HttpResponse<String> third = patch();

    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).hasValue("55");
    JsonNode error = Http.json(first);
    assertThat(error.get("errorCode").asText()).isEqualTo("RATE_LIMITED_TOKEN_BUCKET");
    assertThat(error.get("detail").asText()).contains("retry after 55 seconds");
    assertThat(second.statusCode()).isEqualTo(429);
    assertThat(third.statusCode()).isEqualTo(200);
  }

  @Test
  void serverErrorAnswers500UnexpectedError() {
    ATLAS.simulator().faults().serverError(1);

    HttpResponse<String> response = patch();

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("UNEXPECTED_ERROR");
    assertThat(patch().statusCode()).isEqualTo(200);
  }

  @Test
  void serviceUnavailableAnswers503WithOrWithoutRetryAfter() {
    ATLAS
        .simulator()
        .faults()
        .serviceUnavailable(1, Duration.ofSeconds(3))
        .serviceUnavailable(1, null);

    HttpResponse<String> withWait = patch();
    HttpResponse<String> withoutWait = patch();

    assertThat(withWait.statusCode()).isEqualTo(503);
    assertThat(withWait.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(withoutWait.statusCode()).isEqualTo(503);
    assertThat(withoutWait.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void badGatewayAnswersAnHtmlPageAsAProxyWould() {
    ATLAS.simulator().faults().badGatewayHtml(1);

    HttpResponse<String> response = patch();

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).startsWith("<html>");
  }

  @Test
  void aDelayedAnswerArrivesLateAndNormal() throws Exception {
    AtlasSimulator atlas = ATLAS.simulator();
    atlas.faults().delay(1, Duration.ofSeconds(1));
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, SeedData.AWS_PEER_ID);

    CompletableFuture<HttpResponse<String>> answer =
        Http.sendAsync(Http.authorizedPatch(atlas, url, Bodies.AWS));

    assertThatThrownBy(() -> answer.get(100, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    assertThat(answer.get().statusCode()).isEqualTo(200);
  }

  @Test
  void faultsApplyOnlyAfterAuthentication() {
    AtlasSimulator atlas = ATLAS.simulator();
    atlas.faults().serverError(1);
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, SeedData.AWS_PEER_ID);

    HttpResponse<String> unauthenticated = Http.send(Http.patch(url, Bodies.AWS));

    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    assertThat(atlas.faults().pending()).isEqualTo(1);
    assertThat(patch().statusCode()).isEqualTo(500);
  }

  private static HttpResponse<String> patch() {
    String url = Http.peerUrl(ATLAS.simulator(), SeedData.GROUP_ID, SeedData.AWS_PEER_ID);
    return Http.send(Http.authorizedPatch(ATLAS.simulator(), url, Bodies.AWS));
  }
}
