package dev.peerkit.atlas.peering.client.internal.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.errors.ApiErrorDetails;
import dev.peerkit.atlas.peering.generated.model.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an error response into {@link ApiErrorDetails}. The body is read as an {@code ApiError}
 * for any JSON media type ({@code application/json}, {@code application/vnd.atlas.*+json}, with or
 * without parameters such as {@code charset=utf-8}). Anything else, or JSON that does not parse,
 * becomes a short excerpt: no Jackson exception leaves this class.
 */
public final class ApiErrorParser {

  /** Longest excerpt kept from a non-JSON body, in characters. */
  public static final int EXCERPT_LENGTH = 256;

  private final ObjectMapper mapper;

  /** @param mapper the SDK's mapper, see {@code AtlasObjectMapper} */
  public ApiErrorParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @param status HTTP status (or an envelope's inner status)
   * @param headers response headers (copied into a case-insensitive map)
   * @param body response body bytes, possibly empty
   * @return the parsed details, never {@code null}
   */
  public ApiErrorDetails parse(int status, Map<String, Collection<String>> headers, byte[] body) {
    Map<String, Collection<String>> safeHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      safeHeaders.putAll(headers);
    }
    byte[] bytes = body == null ? new byte[0] : body;
    if (isJson(safeHeaders) || looksLikeJsonObject(bytes)) {
      try {
        ApiError error = mapper.readValue(bytes, ApiError.class);
        if (error.getErrorCode() != null || error.getDetail() != null) {
          return new ApiErrorDetails(status, error.getErrorCode(), error.getDetail(), error.getReason(),
              error.getParameters() == null ? List.of() : List.copyOf(error.getParameters()),
              error.getBadRequestDetail(), safeHeaders, null);
        }
      } catch (IOException | RuntimeException notAnApiError) {
        // Falls through to the excerpt: the caller gets the status and what the body said.
      }
    }
    return new ApiErrorDetails(status, null, null, null, List.of(), null, safeHeaders, excerpt(bytes));
  }

  /**
   * @param body raw bytes, read as UTF-8
   * @return the first {@value #EXCERPT_LENGTH} characters of the body, whitespace collapsed
   */
  public static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
    return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "...";
  }

  private static boolean isJson(Map<String, Collection<String>> headers) {
    Collection<String> types = headers.get("Content-Type");
    if (types == null) {
      return false;
    }
    for (String value : types) {
      String mediaType = value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeJsonObject(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }
}
