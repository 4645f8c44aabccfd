package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DigestAuthTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  private static final String PATH =
      "/api/atlas/v2/groups/" + SeedData.GROUP_ID + "/peers/" + SeedData.AWS_PEER_ID;

  @Test
  void requestWithoutCredentialsIsChallengedWithMd5QopAuthInTheAtlasRealm() {
    HttpResponse<String> response =
        Http.send(Http.patch(ATLAS.simulator().baseUrl() + PATH, Bodies.AWS));

    assertThat(response.statusCode()).isEqualTo(401);
    String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertThat(challenge).startsWith("Digest ");
    assertThat(ManualDigest.parseChallenge(challenge))
        .containsEntry("realm", "MMS Public API")
        .containsEntry("qop", "auth")
        .containsEntry("algorithm", "MD5")
        .containsEntry("stale", "false")
        .containsKeys("nonce", "opaque");
    assertThat(Http.json(response).get("errorCode").asText()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void apacheHttpClientDigestWithTheDemoApiKeySucceeds() throws IOException {
    DemoCredentials keys = ATLAS.simulator().demoCredentials();

    try (CloseableHttpClient client = digestClient(keys.apiPublicKey(), keys.apiPrivateKey())) {
      String body =
          client.execute(
              patch(Bodies.AWS),
              r -> {
                assertThat(r.getCode()).isEqualTo(200);
                return EntityUtils.toString(r.getEntity());
              });
      assertThat(body).contains("\"statusName\":\"PENDING_ACCEPTANCE\"");
    }
  }

  @Test
  void wrongPrivateKeyGets401WithAnApiErrorBody() throws IOException {
    String publicKey = ATLAS.simulator().demoCredentials().apiPublicKey();

    try (CloseableHttpClient client = digestClient(publicKey, "not-the-private-key")) {
      client.execute(
          patch(Bodies.AWS),
          r -> {
            assertThat(r.getCode()).isEqualTo(401);
            assertThat(r.getFirstHeader("Content-Type").getValue()).startsWith("application/json");
            assertThat(EntityUtils.toString(r.getEntity()))
                .contains("\"error\":401", "\"errorCode\":\"UNAUTHORIZED\"");
            return null;
          });
    }
  }

  @Test
  void expiredNonceIsAnsweredStaleTrueAndTheFreshNonceWorks() throws InterruptedException {
    AtlasSimulator atlas = ATLAS.simulator();
    Map<String, String> first = challenge(atlas);
    Thread.sleep(50); // lets the nonce age past the 10 ms set next
    atlas.setDigestNonceMaxAge(Duration.ofMillis(10));

    HttpResponse<String> stale = sendDigest(atlas, first, "00000001");

    assertThat(stale.statusCode()).isEqualTo(401);
    Map<String, String> second =
        ManualDigest.parseChallenge(stale.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertThat(second.get("stale")).isEqualTo("true");
    assertThat(second.get("nonce")).isNotEqualTo(first.get("nonce"));

    atlas.setDigestNonceMaxAge(Duration.ofMinutes(1)); // so the fresh nonce cannot expire mid-test
    assertThat(sendDigest(atlas, second, "00000001").statusCode()).isEqualTo(200);
  }

  @Test
  void aReplayedNonceCountIsRejectedAsNotStale() {
    AtlasSimulator atlas = ATLAS.simulator();
    Map<String, String> challenge = challenge(atlas);
    assertThat(sendDigest(atlas, challenge, "00000001").statusCode()).isEqualTo(200);

    HttpResponse<String> replay = sendDigest(atlas, challenge, "00000001");

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("stale=false");
    assertThat(sendDigest(atlas, challenge, "00000002").statusCode()).isEqualTo(200);
  }

  private static Map<String, String> challenge(AtlasSimulator atlas) {
    HttpResponse<String> response = Http.send(Http.patch(atlas.baseUrl() + PATH, Bodies.AWS));
    return ManualDigest.parseChallenge(
        response.headers().firstValue("WWW-Authenticate").orElseThrow());
  }

  private static HttpResponse<String> sendDigest(
      AtlasSimulator atlas, Map<String, String> challenge, String nc) {
    DemoCredentials keys = atlas.demoCredentials();
    String authorization =
        ManualDigest.authorization(
            challenge, keys.apiPublicKey(), keys.apiPrivateKey(), "PATCH", PATH, nc);
    return Http.send(
        Http.patch(atlas.baseUrl() + PATH, Bodies.AWS).header("Authorization", authorization));
  }

  private static CloseableHttpClient digestClient(String user, String password) {
    URI base = URI.create(ATLAS.simulator().baseUrl());
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    credentials.setCredentials(
        new AuthScope(base.getHost(), base.getPort()),
        new UsernamePasswordCredentials(user, password.toCharArray()));
    return HttpClients.custom().setDefaultCredentialsProvider(credentials).build();
  }

  private static HttpPatch patch(String body) {
    HttpPatch patch = new HttpPatch(ATLAS.simulator().baseUrl() + PATH);
    patch.setHeader("Accept", Http.VENDOR);
    patch.setEntity(new StringEntity(body, ContentType.create(Http.VENDOR)));
    return patch;
  }
}
