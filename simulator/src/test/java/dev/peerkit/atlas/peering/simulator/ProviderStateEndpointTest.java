package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.Json;
import dev.peerkit.atlas.peering.simulator.states.PactProviderStates;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider state change endpoint, in Pact's convention, through real HTTP. */
class ProviderStateEndpointTest {

  private static final String CLIENT_ID = "mdb_sa_id_statetest";
  private static final String CLIENT_SECRET = "made-up-secret";
  private static final String TOKEN = "made.up.token";
  private static final String MISSING_PEER = "5e57a0e35c6d2b1a2c3d4eff";

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS =
      new AtlasSimulatorExtension(AtlasSimulator.builder().providerStates(true));

  @Test
  void isOffByDefault() {
    try (AtlasSimulator plain = AtlasSimulator.builder().build().start()) {
      HttpResponse<String> response =
          Http.send(stateChange(plain.baseUrl() + PactProviderStates.PATH, "setup",
              PactProviderStates.UNEXPECTED_SERVER_ERROR, Map.of()));

      assertThat(plain.providerStatesUrl()).isEmpty();
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(plain.faults().pending()).isZero();
    }
  }

  @Test
  void aContractsServiceAccountAndTokenWorkAfterSetupAndNotAfterTeardown() {
    AtlasSimulator atlas = ATLAS.simulator();
    assertThat(atlas.providerStatesUrl()).hasValue(atlas.baseUrl() + "/_pact/provider-states");
    String tokenUrl = atlas.baseUrl() + "/api/oauth/token";
    String basic = Http.basic(CLIENT_ID, CLIENT_SECRET);
    Map<String, String> account = Map.of("clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET);
    assertThat(Http.postForm(tokenUrl, basic, "grant_type=client_credentials").statusCode())
        .isEqualTo(401);

    assertThat(change("setup", PactProviderStates.SERVICE_ACCOUNT_EXISTS, account)).isEqualTo(200);
    assertThat(change("setup", PactProviderStates.ACCESS_TOKEN_VALID, Map.of("accessToken", TOKEN)))
        .isEqualTo(200);

    assertThat(Http.postForm(tokenUrl, basic, "grant_type=client_credentials").statusCode())
        .isEqualTo(200);
    assertThat(patchAws(atlas, SeedData.AWS_PEER_ID).statusCode()).isEqualTo(200);

    assertThat(change("teardown", PactProviderStates.SERVICE_ACCOUNT_EXISTS, account))
        .isEqualTo(200);
    assertThat(change("teardown", PactProviderStates.ACCESS_TOKEN_VALID, Map.of("accessToken", TOKEN)))
        .isEqualTo(200);
    assertThat(Http.postForm(tokenUrl, basic, "grant_type=client_credentials").statusCode())
        .isEqualTo(401);
    assertThat(patchAws(atlas, SeedData.AWS_PEER_ID).statusCode()).isEqualTo(401);
  }

  @Test
  void statesPutThePeerRoleAndFaultsInPlaceAndTeardownUndoesThem() {
    AtlasSimulator atlas = ATLAS.simulator();
    change("setup", PactProviderStates.ACCESS_TOKEN_VALID, Map.of("accessToken", TOKEN));
    Map<String, String> missing = Map.of("groupId", SeedData.GROUP_ID, "peerId", MISSING_PEER,
        "containerId", SeedData.AWS_CONTAINER_ID);
    assertThat(patchAws(atlas, MISSING_PEER).statusCode()).isEqualTo(404);

    change("setup", PactProviderStates.AWS_PEER_EXISTS, missing);
    assertThat(patchAws(atlas, MISSING_PEER).statusCode()).isEqualTo(200);
    change("setup", PactProviderStates.NOT_PROJECT_OWNER, Map.of("groupId", SeedData.GROUP_ID));
    assertThat(patchAws(atlas, MISSING_PEER).statusCode()).isEqualTo(403);
    change("teardown", PactProviderStates.NOT_PROJECT_OWNER, Map.of("groupId", SeedData.GROUP_ID));
    assertThat(patchAws(atlas, MISSING_PEER).statusCode()).isEqualTo(404);

    change("setup", PactProviderStates.RATE_LIMIT_EXHAUSTED, Map.of("retryAfterSeconds", 7));
    HttpResponse<String> limited = patchAws(atlas, SeedData.AWS_PEER_ID);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");

    change("setup", PactProviderStates.AWS_PEER_BEING_DELETED, Map.of("groupId", SeedData.GROUP_ID,
        "peerId", SeedData.AWS_PEER_ID, "containerId", SeedData.AWS_CONTAINER_ID));
    assertThat(patchAws(atlas, SeedData.AWS_PEER_ID).statusCode()).isEqualTo(409);
    change("setup", PactProviderStates.UNEXPECTED_SERVER_ERROR, Map.of());
    assertThat(patchAws(atlas, SeedData.AWS_PEER_ID).statusCode()).isEqualTo(500);
    change("teardown", PactProviderStates.ACCESS_TOKEN_VALID, Map.of("accessToken", TOKEN));
  }

  @Test
  void unknownStatesBadParametersAndOtherMethodsAreRefused() {
    AtlasSimulator atlas = ATLAS.simulator();
    String url = atlas.providerStatesUrl().orElseThrow();

    HttpResponse<String> unknown = Http.send(stateChange(url, "setup", "a state nobody knows", Map.of()));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Http.json(unknown).get("error").asText()).contains("unknown provider state");
    assertThat(change("setup", PactProviderStates.AWS_PEER_EXISTS, Map.of("groupId", "nope")))
        .isEqualTo(400);
    assertThat(change("setup", PactProviderStates.RATE_LIMIT_EXHAUSTED, Map.of())).isEqualTo(400);
    assertThat(change("rollback", PactProviderStates.UNEXPECTED_SERVER_ERROR, Map.of()))
        .isEqualTo(400);
    assertThat(atlas.faults().pending()).isZero();
    assertThat(Http.send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode()).isEqualTo(405);
    assertThat(Http.send(HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofString("not json"))).statusCode()).isEqualTo(400);
  }

  private static int change(String action, String state, Map<String, ?> params) {
    return Http.send(stateChange(ATLAS.simulator().providerStatesUrl().orElseThrow(), action, state,
        params)).statusCode();
  }

  private static HttpRequest.Builder stateChange(String url, String action, String state,
      Map<String, ?> params) {
    ObjectNode body = Json.object().put("state", state).put("action", action);
    body.set("params", Json.MAPPER.valueToTree(params));
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private static HttpResponse<String> patchAws(AtlasSimulator atlas, String peerId) {
    String url = Http.peerUrl(atlas, SeedData.GROUP_ID, peerId);
    return Http.send(Http.patch(url, Bodies.AWS).header("Authorization", "Bearer " + TOKEN));
  }
}
