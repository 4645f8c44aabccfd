package dev.peerkit.atlas.peering.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The simulator's one {@link ObjectMapper} and a helper to write a JSON response. */
public final class Json {

  /** Shared, thread-safe mapper; the simulator needs no modules or custom settings. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * Returns a new, empty JSON object.
   *
   * @return an empty {@link ObjectNode}
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Parses JSON text.
   *
   * @param text the JSON text
   * @return the parsed tree
   * @throws JsonProcessingException if {@code text} is not JSON
   */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /**
   * Writes {@code body} as the whole response and completes {@code callback}.
   *
   * @param response the Jetty response, not yet committed
   * @param callback completed when the bytes are written
   * @param status the HTTP status code
   * @param contentType the {@code Content-Type} header value
   * @param body the JSON body
   * @param pretty whether to indent the JSON (the Atlas {@code pretty=true} flag)
   */
  public static void send(
      Response response,
      Callback callback,
      int status,
      String contentType,
      JsonNode body,
      boolean pretty) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.write(true, ByteBuffer.wrap(bytes(body, pretty)), callback);
  }

  private static byte[] bytes(JsonNode body, boolean pretty) {
    try {
      String text =
          pretty
              ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body)
              : MAPPER.writeValueAsString(body);
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      // A tree built from JsonNodes always serialises; this is a bug, not an input problem.
      throw new UncheckedIOException(e);
    }
  }
}
