package dev.peerkit.atlas.peering.simulator.endpoint;

import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Atlas API versioning by media type: a request asks for {@code
 * application/vnd.atlas.YYYY-MM-DD+json} and is served by the latest resource version on or before
 * that date. The resource versions are the ones the spec declares ({@link ApiVersions}).
 */
public final class ApiVersion {

  /** The resource versions the simulator serves, oldest first, as the spec declares them. */
  public static final List<LocalDate> SUPPORTED = ApiVersions.resourceVersions();

  private static final Pattern VENDOR = Pattern.compile("application/vnd\\.atlas\\.([^+]*)\\+json");
  private static final String JSON = "application/json";
  private static final String HOW =
      "Send application/vnd.atlas.YYYY-MM-DD+json with a version date; this resource has versions "
          + SUPPORTED.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
          + ".";

  private ApiVersion() {}

  /**
   * Resolves the version a request asks for in its {@code Accept} header.
   *
   * @param accept the header value, may be {@code null}
   * @return the version that serves the request: the latest supported one at or before the date
   * @throws ApiException 406 {@code INVALID_VERSION_DATE} if the header is missing, has no
   *     well-formed versioned media type, or names a date before the first version
   */
  public static LocalDate fromAccept(String accept) {
    if (accept == null || accept.isBlank()) {
      throw invalidVersion("No Accept header was sent. " + HOW, "");
    }
    String date =
        vendorDate(accept)
            .orElseThrow(
                () -> invalidVersion("Invalid Accept header '" + accept + "'. " + HOW, accept));
    return resolve(date)
        .orElseThrow(
            () ->
                invalidVersion(
                    "Invalid version date '" + date + "' in Accept header '" + accept + "'. " + HOW,
                    accept));
  }

  /**
   * Checks the request's {@code Content-Type}: {@code application/json} or a versioned Atlas type
   * with a date this resource serves; parameters such as {@code charset} are allowed.
   *
   * @param contentType the header value, may be {@code null}
   * @throws ApiException 415 {@code UNSUPPORTED_MEDIA_TYPE} otherwise
   */
  public static void checkContentType(String contentType) {
    String base = contentType == null ? "" : baseType(contentType);
    boolean ok = base.equals(JSON) || vendorDate(base).flatMap(ApiVersion::resolve).isPresent();
    if (!ok) {
      throw new ApiException(
          ApiErrors.of(
              415,
              "UNSUPPORTED_MEDIA_TYPE",
              "Invalid Content-Type '" + (contentType == null ? "" : contentType) + "'. " + HOW,
              contentType == null ? "" : contentType));
    }
  }

  /**
   * Returns the {@code Content-Type} of an answer served by a version, as Atlas writes it.
   *
   * @param version one of {@link #SUPPORTED}
   * @return e.g. {@code application/vnd.atlas.2023-01-01+json;charset=utf-8}
   */
  public static String mediaType(LocalDate version) {
    return ApiVersions.mediaType(version) + ";charset=utf-8";
  }

  /** The date text of the first versioned Atlas media range in a header, if any. */
  private static Optional<String> vendorDate(String header) {
    for (String range : header.split(",")) {
      Matcher matcher = VENDOR.matcher(baseType(range));
      if (matcher.matches()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> resolve(String dateText) {
    LocalDate requested;
    try {
      requested = LocalDate.parse(dateText);
    } catch (DateTimeParseException malformed) {
      return Optional.empty();
    }
    try {
      return Optional.of(ApiVersions.resolve(requested));
    } catch (IllegalArgumentException beforeFirstVersion) {
      return Optional.empty();
    }
  }

  private static String baseType(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return base.trim().toLowerCase(Locale.ROOT);
  }

  private static ApiException invalidVersion(String detail, String sent) {
    return new ApiException(ApiErrors.of(406, "INVALID_VERSION_DATE", detail, sent));
  }
}
