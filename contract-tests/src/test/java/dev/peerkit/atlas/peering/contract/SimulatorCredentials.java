package dev.peerkit.atlas.peering.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The credentials provider verification swaps into the recorded requests: the pact carries the
 * consumer tests' made-up service account and token, and pins only their shape. The simulator
 * accepts its own demo service account, and bearer tokens it issued.
 */
final class SimulatorCredentials {

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtlasSimulator atlas;
  private final String basic;

  SimulatorCredentials(AtlasSimulator atlas) {
    this.atlas = atlas;
    DemoCredentials demo = atlas.demoCredentials();
    this.basic = AtlasPactDsl.basic(form(demo.clientId()), form(demo.clientSecret()));
  }

  /**
   * The request filter of provider verification: the token request gets the simulator's service
   * account, API requests the given bearer token.
   *
   * @param request the request about to be replayed
   * @param bearer an access token the simulator issued
   */
  void swapInto(org.apache.hc.core5.http.HttpRequest request, String bearer) {
    boolean tokenRequest = request.getPath().startsWith(AtlasPactDsl.TOKEN_PATH);
    request.setHeader("Authorization", tokenRequest ? basic : "Bearer " + bearer);
  }

  /** @return a live access token from the simulator's token endpoint */
  String liveToken() {
    JsonNode token = SpecContract.readJson(post("/api/oauth/token", "grant_type=client_credentials"));
    return token.get("access_token").asText();
  }

  /** @return a token the simulator issued and then revoked */
  String revokedToken() {
    String token = liveToken();
    post("/api/oauth/revoke", "token=" + form(token) + "&token_type_hint=access_token");
    return token;
  }

  private String post(String path, String form) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(atlas.baseUrl() + path))
        .header("Authorization", basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the simulator at " + atlas.baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
