package dev.peerkit.atlas.peering.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** A plain java.net.http client for the simulator: requests are spelled out, nothing is hidden. */
final class Http {

  /** The media type of the operation's latest resource version, as the spec declares it. */
  static final String VENDOR = ApiVersions.mediaType(ApiVersions.latest());
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Http() {}

  static String peerUrl(AtlasSimulator atlas, String groupId, String peerId) {
    return atlas.baseUrl() + "/api/atlas/v2/groups/" + groupId + "/peers/" + peerId;
  }

  /** A PATCH with the versioned media types and no credentials. */
  static HttpRequest.Builder patch(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Accept", VENDOR)
        .header("Content-Type", VENDOR)
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
  }

  /** A PATCH authenticated with a fresh service-account token. */
  static HttpRequest.Builder authorizedPatch(AtlasSimulator atlas, String url, String body) {
    return patch(url, body).header("Authorization", "Bearer " + token(atlas));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
    return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postForm(String url, String basicAuth, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (basicAuth != null) {
      request.header("Authorization", basicAuth);
    }
    return send(request);
  }

  static String basic(String user, String password) {
    byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair);
  }

  static HttpResponse<String> requestToken(AtlasSimulator atlas) {
    DemoCredentials credentials = atlas.demoCredentials();
    return postForm(
        atlas.baseUrl() + "/api/oauth/token",
        basic(credentials.clientId(), credentials.clientSecret()),
        "grant_type=client_credentials");
  }

  static String token(AtlasSimulator atlas) {
    return json(requestToken(atlas)).get("access_token").asText();
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }
}
