package dev.peerkit.atlas.peering.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.bench.server.BenchServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bench server in its own JVM, so that client-side figures (allocation, CPU) do not include
 * the server's. It stops when this process closes its standard input, or dies.
 */
final class ServerProcess implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final String baseUrl;
  private final HttpClient control = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ServerProcess(String java, String classpath, File log) throws IOException {
    process = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx256m", "-cp", classpath,
        BenchServer.class.getName()))
        .redirectError(log)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("READY ")) {
      process.destroy();
      throw new IOException("The bench server did not start (see " + log + "): " + line);
    }
    baseUrl = "http://127.0.0.1:" + line.substring("READY ".length()).trim();
  }

  String baseUrl() {
    return baseUrl;
  }

  /** Server-side counts since the last reset. */
  record Stats(long exchanges, long ok, long challenges, long stale, long rejected, long bearerRejected,
      long tokenRequests, long revokes) {}

  Stats stats() throws IOException, InterruptedException {
    JsonNode n = get("GET", "/bench/stats");
    return new Stats(n.path("exchanges").asLong(), n.path("ok").asLong(), n.path("challenges").asLong(),
        n.path("stale").asLong(), n.path("rejected").asLong(), n.path("bearerRejected").asLong(),
        n.path("tokenRequests").asLong(), n.path("revokes").asLong());
  }

  void reset() throws IOException, InterruptedException {
    get("POST", "/bench/reset");
  }

  /** @return the last PATCH the server answered 200: method, target, headers, body */
  JsonNode last() throws IOException, InterruptedException {
    return get("GET", "/bench/last");
  }

  void nonceAge(long millis) throws IOException, InterruptedException {
    get("POST", "/bench/nonce-age?ms=" + millis);
  }

  private JsonNode get(String method, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = control.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(method + " " + path + ": HTTP " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroy();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
