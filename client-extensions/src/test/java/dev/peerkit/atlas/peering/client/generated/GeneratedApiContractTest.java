package dev.peerkit.atlas.peering.client.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.generated.LoopbackRecordingServer.Recorded;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Headers;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated Feign interface's HTTP contract, and what actually goes on the wire through the SDK.
 *
 * <p>The trap: the generated {@code @Headers} send {@code Accept: application/json,
 * application/vnd.atlas.2025-03-12+json} (the {@code application/json} comes from the error
 * responses' media type), a non-versioned Accept that Atlas may answer with another resource
 * version. The SDK must send exactly the versioned media type instead.
 */
class GeneratedApiContractTest {

  private static final SpecDocument SPEC = SpecDocument.get();
  private static final String PUBLIC_KEY = "abcdefgh";
  private static final String PRIVATE_KEY = "11111111-2222-3333-4444-555555555555";

  @Test
  void specUsesTheVersionedMediaTypeForBodiesAndPlainJsonForErrors() {
    assertThat(SPEC.keys("paths", SpecDocument.OPERATION_PATH, "patch", "requestBody", "content"))
        .containsExactly(SpecDocument.MEDIA_TYPE);
    assertThat(SPEC.keys("paths", SpecDocument.OPERATION_PATH, "patch", "responses", "200", "content"))
        .containsExactly(SpecDocument.MEDIA_TYPE);
    assertThat(SPEC.keys("components", "responses", "badRequest", "content")).containsExactly("application/json");
  }

  @Test
  void generatedHeadersDeclareTheMixedAcceptTrap() {
    List<Method> operations = operations();
    assertThat(operations).hasSize(4);
    for (Method m : operations) {
      Headers headers = m.getAnnotation(Headers.class);
      assertThat(headers).as("@Headers on %s", m).isNotNull();
      assertThat(headers.value()).as("@Headers on %s", m).containsExactlyInAnyOrder(
          "Content-Type: " + SpecDocument.MEDIA_TYPE,
          "Accept: application/json," + SpecDocument.MEDIA_TYPE);
    }
  }

  @Test
  void generatedRequestLineIsThePatchOfTheSpecPath() {
    for (Method m : operations()) {
      String requestLine = m.getAnnotation(RequestLine.class).value();
      assertThat(requestLine).as("@RequestLine on %s", m)
          .isEqualTo("PATCH " + SpecDocument.OPERATION_PATH + "?envelope={envelope}&pretty={pretty}");
    }
    assertThat(SPEC.keys("paths", SpecDocument.OPERATION_PATH)).containsExactly("patch");
  }

  @Test
  void sdkFacadeSendsExactlyTheVersionedMediaTypeInAcceptAndContentType() throws Exception {
    try (LoopbackRecordingServer server = new LoopbackRecordingServer(SpecExamples.response("AWS").toString());
        AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
            .apiKey(PUBLIC_KEY, PRIVATE_KEY).build()) {
      PeeringConnection result = client.updatePeeringConnection(SpecExamples.GROUP_ID, SpecExamples.PEER_ID,
          SpecExamples.aws());

      assertThat(result).isExactlyInstanceOf(AwsPeeringConnection.class);
      Recorded request = single(server);
      assertThat(request.headerValues("Accept")).containsExactly(SpecDocument.MEDIA_TYPE);
      assertThat(request.headerValues("Content-Type")).containsExactly(SpecDocument.MEDIA_TYPE);
      assertRequestLineAndBody(request);
    }
  }

  @Test
  void generatedApiWiredByTheSdkSendsExactlyTheVersionedMediaType() throws Exception {
    try (LoopbackRecordingServer server = new LoopbackRecordingServer(SpecExamples.response("AWS").toString());
        AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
            .apiKey(PUBLIC_KEY, PRIVATE_KEY).build()) {
      NetworkPeeringApi api = client.api();

      PeeringConnection result = api.updatePeeringConnection(SpecExamples.GROUP_ID, SpecExamples.PEER_ID,
          SpecExamples.aws(), null, null);

      assertThat(result).isExactlyInstanceOf(AwsPeeringConnection.class);
      Recorded request = single(server);
      assertThat(request.headerValues("Accept")).containsExactly(SpecDocument.MEDIA_TYPE);
      assertThat(request.headerValues("Content-Type")).containsExactly(SpecDocument.MEDIA_TYPE);
      assertRequestLineAndBody(request);
    }
  }

  @Test
  void apiVersionOptionChangesBothHeaders() throws Exception {
    try (LoopbackRecordingServer server = new LoopbackRecordingServer(SpecExamples.response("AWS").toString());
        AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
            .apiKey(PUBLIC_KEY, PRIVATE_KEY).apiVersion("2025-03-12").build()) {
      PeeringConnection result = client.updatePeeringConnection(SpecExamples.GROUP_ID, SpecExamples.PEER_ID,
          SpecExamples.aws());

      assertThat(result).isExactlyInstanceOf(AwsPeeringConnection.class);
      Recorded request = single(server);
      assertThat(request.headerValues("Accept")).containsExactly("application/vnd.atlas.2023-01-01+json");
      assertThat(request.headerValues("Content-Type")).containsExactly("application/vnd.atlas.2023-01-01+json");
      assertRequestLineAndBody(request);
    }
  }

  private static void assertRequestLineAndBody(Recorded request) throws Exception {
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.path()).isEqualTo(SpecDocument.OPERATION_PATH
        .replace("{groupId}", SpecExamples.GROUP_ID).replace("{peerId}", SpecExamples.PEER_ID));
    JsonNode sent = new ObjectMapper().readTree(request.body());
    assertThat(sent).isEqualTo(SpecExamples.request("AWS"));
    assertThat(request.bodyText().split("\"providerName\"", -1)).hasSize(2);
  }

  private static Recorded single(LoopbackRecordingServer server) {
    List<Recorded> requests = server.requests();
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private static List<Method> operations() {
    return Arrays.stream(NetworkPeeringApi.class.getDeclaredMethods())
        .filter(m -> m.getName().startsWith("updatePeeringConnection"))
        .toList();
  }
}
