package dev.peerkit.atlas.peering.client.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.AtlasResponse;
import dev.peerkit.atlas.peering.client.errors.AtlasDecodeException;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import dev.peerkit.atlas.peering.generated.model.ApiResponse;
import feign.FeignException;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Feign {@link Decoder} for 2xx answers from Atlas. When the request asked for {@code
 * envelope=true}, Atlas wraps a single resource as {@code {"status": <http code>, "content":
 * {...}}}: this decoder returns the typed {@code content}, and raises the same typed exception as an
 * unwrapped error would when the inner {@code status} is 400 or more, even though the HTTP status
 * is 200. An answer of exactly that shape (an integer {@code status} and an object {@code content})
 * is treated as an envelope even when none was asked for, so a wrapped error is never read as a
 * peering connection.
 *
 * <p>For the generated {@code ...WithHttpInfo} methods (return type {@code ApiResponse<T>}) it
 * returns an {@link AtlasResponse}: the typed body, the JSON as sent, the status and the headers.
 * A body that cannot be read (empty, broken JSON, unknown {@code providerName}) raises {@link
 * AtlasDecodeException}, and so does a {@code null} or any JSON value other than an object, or a
 * {@code Content-Encoding} (the SDK asks for none and inflates nothing); JSON beyond the mapper's
 * {@code StreamReadConstraints} raises {@code AtlasResponseLimitException}. No Jackson exception
 * reaches the caller. Answers from other hosts go to
 * the Feign builder's own decoder.
 */
public final class EnvelopeDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final AtlasErrorDecoder.Errors errors;
  private final AtlasSettings settings;
  private final Decoder delegate;

  /**
   * @param mapper the SDK's mapper
   * @param errors builds typed exceptions for enveloped errors
   * @param settings tells Atlas answers from others
   * @param delegate the Feign builder's own decoder, for other hosts
   */
  public EnvelopeDecoder(ObjectMapper mapper, AtlasErrorDecoder.Errors errors, AtlasSettings settings,
      Decoder delegate) {
    this.mapper = mapper;
    this.errors = errors;
    this.settings = settings;
    this.delegate = delegate;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException, FeignException {
    if (!settings.targets(response.request().url()) || type == Response.class) {
      return delegate.decode(response, type);
    }
    JavaType javaType = mapper.constructType(type);
    boolean withHttpInfo = javaType.hasRawClass(ApiResponse.class);
    JavaType bodyType = withHttpInfo ? javaType.containedTypeOrUnknown(0) : javaType;
    byte[] body = readBody(response);
    if (body.length == 0) {
      throw new AtlasDecodeException(response.status(), "Atlas answered HTTP " + response.status()
          + " with an empty body; expected " + bodyType.getRawClass().getSimpleName(), null);
    }
    String encoding = firstHeader(response, "Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
      throw new AtlasDecodeException(response.status(), "Atlas answered with Content-Encoding "
          + ApiErrorParser.excerpt(encoding.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          + ", which the SDK neither asks for nor decodes (no decompression, so no decompression bomb)", null);
    }
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw new AtlasDecodeException(response.status(), "Atlas answered HTTP " + response.status()
            + " with " + describe(tree) + "; expected a JSON object (" + bodyType.getRawClass().getSimpleName()
            + ")", null);
      }
      if (isEnvelopeRequested(response) || looksLikeEnvelope(tree)) {
        tree = unwrap(response, tree);
      }
      Object value = mapper.readerFor(bodyType).readValue(tree);
      return withHttpInfo ? new AtlasResponse<>(response.status(), response.headers(), value, tree) : value;
    } catch (StreamConstraintsException e) {
      throw JsonLimits.exceeded(settings.baseUrl(), e);
    } catch (JsonProcessingException e) {
      throw new AtlasDecodeException(response.status(), "Cannot read the answer as "
          + bodyType.getRawClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String describe(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return "no JSON value";
    }
    return tree.isNull() ? "JSON null" : "a JSON " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstHeader(Response response, String name) {
    for (var entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
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
    RequestTemplate template = response.request().requestTemplate();
    Collection<String> values = template == null ? null : template.queries().get("envelope");
    return values != null && values.stream().anyMatch("true"::equalsIgnoreCase);
  }

  private static byte[] readBody(Response response) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    }
  }
}
