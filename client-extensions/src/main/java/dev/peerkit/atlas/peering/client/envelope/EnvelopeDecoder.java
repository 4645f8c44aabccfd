package dev.peerkit.atlas.peering.client.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.errors.AtlasDecodeException;
import dev.peerkit.atlas.peering.client.errors.AtlasErrorDecoder;
import feign.FeignException;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Feign {@link Decoder} for 2xx answers. When the request asked for {@code envelope=true}, Atlas
 * wraps a single resource as {@code {"status": <http code>, "content": {...}}}: this decoder
 * returns the typed {@code content}, and raises the same typed exception as an unwrapped error
 * would when the inner {@code status} is 400 or more, even though the HTTP status is 200. An
 * answer of exactly that shape (an integer {@code status} and an object {@code content}) is
 * treated as an envelope even when none was asked for, so a wrapped error is never read as a
 * peering connection. Otherwise the body is decoded as it is.
 *
 * <p>A body that cannot be read (empty, broken JSON, unknown {@code providerName}) raises {@link
 * AtlasDecodeException}; no Jackson exception reaches the caller. The last decoded answer of the
 * calling thread is kept for {@link #takeLast()}.
 */
public final class EnvelopeDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final AtlasErrorDecoder errors;
  private final ThreadLocal<DecodedAnswer> last = new ThreadLocal<>();

  /**
   * @param mapper the SDK's mapper
   * @param errors builds typed exceptions for enveloped errors
   */
  public EnvelopeDecoder(ObjectMapper mapper, AtlasErrorDecoder errors) {
    this.mapper = mapper;
    this.errors = errors;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException, FeignException {
    byte[] body = readBody(response);
    if (body.length == 0) {
      throw new AtlasDecodeException(response.status(),
          "Atlas answered HTTP " + response.status() + " with an empty body; expected " + typeName(type), null);
    }
    try {
      JsonNode tree = mapper.readTree(body);
      if (isEnvelopeRequested(response) || looksLikeEnvelope(tree)) {
        tree = unwrap(response, tree);
      }
      Object value = mapper.readerFor(mapper.constructType(type)).readValue(tree);
      last.set(new DecodedAnswer(response.status(), response.headers(), tree));
      return value;
    } catch (JsonProcessingException e) {
      throw new AtlasDecodeException(response.status(),
          "Cannot read the answer as " + typeName(type) + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Returns and forgets the last answer this thread decoded. Feign calls are synchronous, so right
   * after a successful call it is that call's answer.
   *
   * @return the answer, or {@code null} if this thread decoded none since the last call
   */
  public DecodedAnswer takeLast() {
    DecodedAnswer answer = last.get();
    last.remove();
    return answer;
  }

  private JsonNode unwrap(Response response, JsonNode tree) throws JsonProcessingException {
    if (!tree.isObject() || !tree.has("content")) {
      throw new AtlasDecodeException(response.status(),
          "Asked for envelope=true but the answer has no \"content\" field", null);
    }
    int innerStatus = tree.path("status").asInt(response.status());
    JsonNode content = tree.get("content");
    if (innerStatus >= 400) {
      throw errors.toException(innerStatus, response, mapper.writeValueAsBytes(content));
    }
    return content;
  }

  private static boolean looksLikeEnvelope(JsonNode tree) {
    return tree.isObject() && tree.size() == 2 && tree.path("status").isInt() && tree.path("content").isObject();
  }

  private static boolean isEnvelopeRequested(Response response) {
    // The raw query of the URL Feign built (no fragment), scanned without parsing a URI per answer.
    String url = response.request().url();
    int start = url.indexOf('?');
    if (start < 0) {
      return false;
    }
    int end = url.indexOf('#', start);
    end = end < 0 ? url.length() : end;
    String wanted = "envelope=true";
    for (int pair = start + 1; pair <= end; ) {
      int next = url.indexOf('&', pair);
      next = next < 0 || next > end ? end : next;
      if (next - pair == wanted.length() && url.regionMatches(true, pair, wanted, 0, wanted.length())) {
        return true;
      }
      pair = next + 1;
    }
    return false;
  }

  private static String typeName(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  private static byte[] readBody(Response response) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    Integer length = response.body().length();
    try (InputStream in = response.body().asInputStream()) {
      if (length != null && length >= 0) {
        // Content-Length known: one exact buffer instead of readAllBytes' 8 KiB one per answer.
        byte[] body = in.readNBytes(length);
        int more = in.read();
        if (more < 0) {
          return body;
        }
        byte[] rest = in.readAllBytes();
        byte[] all = java.util.Arrays.copyOf(body, body.length + 1 + rest.length);
        all[body.length] = (byte) more;
        System.arraycopy(rest, 0, all, body.length + 1, rest.length);
        return all;
      }
      return in.readAllBytes();
    }
  }
}
