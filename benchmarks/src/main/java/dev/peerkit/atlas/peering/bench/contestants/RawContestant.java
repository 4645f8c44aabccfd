package dev.peerkit.atlas.peering.bench.contestants;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.bench.Fixtures;
import dev.peerkit.atlas.peering.client.internal.transport.UserAgent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Contestant 3, the floor: {@code java.net.http.HttpClient} and a plain Jackson {@link ObjectMapper},
 * a hand-written PATCH with the SDK's headers (Accept, Content-Type, User-Agent, Authorization:
 * Bearer) and the same body bytes, the answer read as a {@code Map}. No validation, no types.
 */
public final class RawContestant implements Contestant {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final URI uri;
  private final Map<String, Object> body = Fixtures.map("AWS");
  private final String userAgent = UserAgent.value();

  RawContestant(String baseUrl) {
    this.uri = URI.create(baseUrl + Fixtures.PATH);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> call() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Accept", Fixtures.MEDIA_TYPE)
        .header("Content-Type", Fixtures.MEDIA_TYPE)
        .header("User-Agent", userAgent)
        .header("Authorization", "Bearer " + Fixtures.TOKEN)
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
        .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return MAPPER.readValue(response.body(), Map.class);
  }
}
