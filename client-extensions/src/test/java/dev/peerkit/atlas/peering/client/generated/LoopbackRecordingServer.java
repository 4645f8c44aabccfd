package dev.peerkit.atlas.peering.client.generated;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 (JDK {@code com.sun.net.httpserver}) that asks for no
 * authentication, answers every request 200 with a fixed JSON body, and records each request's
 * method, path, headers (every line, as sent) and body.
 */
final class LoopbackRecordingServer implements AutoCloseable {

  /** One request as received. {@code headers} keeps each header line the client sent. */
  record Recorded(String method, String path, String query, List<Map.Entry<String, String>> headers, byte[] body) {
    /** Every value sent under the header name (case-insensitive), one per header line. */
    List<String> headerValues(String name) {
      return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final String responseBody;

  LoopbackRecordingServer(String responseBody) throws IOException {
    this.responseBody = responseBody;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
    requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), List.copyOf(headers), body));

    List<String> accept = exchange.getRequestHeaders().get("Accept");
    String contentType = accept != null && accept.size() == 1 && !accept.get(0).contains(",")
        ? accept.get(0) : SpecDocument.MEDIA_TYPE;
    byte[] out = responseBody.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
