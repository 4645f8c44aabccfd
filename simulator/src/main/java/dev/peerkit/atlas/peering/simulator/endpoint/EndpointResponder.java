package dev.peerkit.atlas.peering.simulator.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;
import dev.peerkit.atlas.peering.simulator.http.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes the endpoint's answers: the {@code envelope} and {@code pretty} flags, the versioned
 * {@code Content-Type}, and the optional {@code Deprecation} (RFC 9745) and {@code Sunset} (RFC
 * 8594) headers, which go on every answer of the endpoint once the request is authenticated.
 *
 * <p>Under {@code envelope=true} errors are answered HTTP 200 with {@code {"status": <code>,
 * "content": <ApiError>}}, like successes; Atlas leaves this undocumented, the simulator picks one
 * consistent rule. Headers such as {@code Retry-After} are sent either way.
 */
public final class EndpointResponder {

  private final Optional<String> deprecation;
  private final Optional<String> sunset;

  /**
   * Creates the responder.
   *
   * @param deprecation when the endpoint was deprecated, or empty to send no {@code Deprecation}
   * @param sunset when the endpoint goes away, or empty to send no {@code Sunset}
   */
  public EndpointResponder(Optional<Instant> deprecation, Optional<Instant> sunset) {
    // RFC 9745 §2.1: "@" and epoch seconds; RFC 8594 §3: an HTTP-date.
    this.deprecation = deprecation.map(at -> "@" + at.getEpochSecond());
    this.sunset =
        sunset.map(at -> DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
  }

  /**
   * Writes a 200 answer.
   *
   * @param response the response
   * @param callback completed when written
   * @param version the version that served the request; names the {@code Content-Type}
   * @param body the peering connection
   * @param format the query flags
   */
  public void success(
      Response response,
      Callback callback,
      LocalDate version,
      ObjectNode body,
      ResponseFormat format) {
    write(response, callback, 200, ApiVersion.mediaType(version), body, format);
  }

  /**
   * Writes an ApiError answer with the exception's status and headers.
   *
   * @param response the response
   * @param callback completed when written
   * @param error the error
   * @param format the query flags
   */
  public void error(
      Response response, Callback callback, ApiException error, ResponseFormat format) {
    error.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    write(response, callback, error.status(), ApiErrors.CONTENT_TYPE, error.body(), format);
  }

  /**
   * Writes a non-JSON answer, as a proxy in front of Atlas would; never enveloped.
   *
   * @param response the response
   * @param callback completed when written
   * @param status the HTTP status
   * @param html the HTML page
   */
  public void html(Response response, Callback callback, int status, String html) {
    addDeprecation(response);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private void write(
      Response response,
      Callback callback,
      int status,
      String contentType,
      JsonNode body,
      ResponseFormat format) {
    addDeprecation(response);
    if (format.envelope()) {
      ObjectNode envelope = Json.object();
      envelope.put("status", status);
      envelope.set("content", body);
      Json.send(response, callback, 200, contentType, envelope, format.pretty());
    } else {
      Json.send(response, callback, status, contentType, body, format.pretty());
    }
  }

  private void addDeprecation(Response response) {
    deprecation.ifPresent(value -> response.getHeaders().put("Deprecation", value));
    sunset.ifPresent(value -> response.getHeaders().put("Sunset", value));
  }
}
