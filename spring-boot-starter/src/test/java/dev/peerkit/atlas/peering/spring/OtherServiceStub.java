package dev.peerkit.atlas.peering.spring;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Another service on 127.0.0.1 that a second {@code @FeignClient} of the application calls: it
 * answers with the {@code Authorization} header it received, or {@code none}.
 */
final class OtherServiceStub {

  static final HttpServer SERVER = start();

  private OtherServiceStub() {}

  static String url() {
    return "http://127.0.0.1:" + SERVER.getAddress().getPort();
  }

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hello", exchange -> {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] body = ("authorization=" + (auth == null ? "none" : auth)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.setExecutor(null);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
