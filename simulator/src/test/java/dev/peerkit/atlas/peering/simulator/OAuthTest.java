package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthTest {

  private static final MutableClock CLOCK = new MutableClock();

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS =
      new AtlasSimulatorExtension(AtlasSimulator.builder().clock(CLOCK));

  @Test
  void clientCredentialsGrantIssuesABearerTokenForAnHour() {
    HttpResponse<String> response = Http.requestToken(ATLAS.simulator());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode token = Http.json(response);
    assertThat(token.get("access_token").asText()).isNotBlank();
    assertThat(token.get("expires_in").asLong()).isEqualTo(3600);
    assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
  }

  @Test
  void theApiAcceptsALiveToken() {
    AtlasSimulator atlas = ATLAS.simulator();
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, SeedData.AWS_PEER_ID);

    assertThat(Http.send(Http.authorizedPatch(atlas, url, Bodies.AWS)).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongClientSecretIsInvalidClient() {
    AtlasSimulator atlas = ATLAS.simulator();
    String basic = Http.basic(atlas.demoCredentials().clientId(), "wrong-secret");

    HttpResponse<String> response =
        Http.postForm(atlas.baseUrl() + "/api/oauth/token", basic, "grant_type=client_credentials");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Basic ");
    assertThat(Http.json(response).get("error").asText()).isEqualTo("invalid_client");
    assertThat(Http.json(response).get("error_description").asText()).isNotBlank();
  }

  @Test
  void missingGrantTypeIsInvalidRequestAndAnotherGrantIsUnsupported() {
    AtlasSimulator atlas = ATLAS.simulator();
    DemoCredentials credentials = atlas.demoCredentials();
    String basic = Http.basic(credentials.clientId(), credentials.clientSecret());
    String tokenUrl = atlas.baseUrl() + "/api/oauth/token";

    HttpResponse<String> missing = Http.postForm(tokenUrl, basic, "scope=x");
    HttpResponse<String> password = Http.postForm(tokenUrl, basic, "grant_type=password");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Http.json(missing).get("error").asText()).isEqualTo("invalid_request");
    assertThat(password.statusCode()).isEqualTo(400);
    assertThat(Http.json(password).get("error").asText()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void aRevokedTokenIsRejectedWithABearerChallenge() {
    AtlasSimulator atlas = ATLAS.simulator();
    DemoCredentials credentials = atlas.demoCredentials();
    String token = Http.token(atlas);

    HttpResponse<String> revoke =
        Http.postForm(
            atlas.baseUrl() + "/api/oauth/revoke",
            Http.basic(credentials.clientId(), credentials.clientSecret()),
            "token=" + token + "&token_type_hint=access_token");
    HttpResponse<String> call = callWith(atlas, token);

    assertThat(revoke.statusCode()).isEqualTo(200);
    assertThat(call.statusCode()).isEqualTo(401);
    assertThat(call.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("Bearer", "error=\"invalid_token\"");
    assertThat(Http.json(call).get("errorCode").asText()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void revokeNeedsClientAuthentication() {
    AtlasSimulator atlas = ATLAS.simulator();
    String token = Http.token(atlas);

    HttpResponse<String> revoke =
        Http.postForm(atlas.baseUrl() + "/api/oauth/revoke", null, "token=" + token);

    assertThat(revoke.statusCode()).isEqualTo(401);
    assertThat(callWith(atlas, token).statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRejected() {
    AtlasSimulator atlas = ATLAS.simulator();
    String token = Http.token(atlas);
    assertThat(callWith(atlas, token).statusCode()).isEqualTo(200);

    CLOCK.advance(Duration.ofSeconds(3600));

    assertThat(callWith(atlas, token).statusCode()).isEqualTo(401);
  }

  @Test
  void everyTokenRequestIsCounted() {
    AtlasSimulator atlas = ATLAS.simulator();
    Http.token(atlas);
    Http.token(atlas);
    Http.postForm(atlas.baseUrl() + "/api/oauth/token", null, "grant_type=client_credentials");

    assertThat(atlas.tokenRequestCount()).isEqualTo(3);
  }

  @Test
  void anUnknownTokenIsRejected() {
    assertThat(callWith(ATLAS.simulator(), "made-up").statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> callWith(AtlasSimulator atlas, String token) {
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, SeedData.AWS_PEER_ID);
    return Http.send(Http.patch(url, Bodies.AWS).header("Authorization", "Bearer " + token));
  }
}
