package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation's Atlas resource versions, as the document declares them: the dates of the {@code
 * application/vnd.atlas.<date>+json} media types of its request body. Atlas serves a request that
 * names a release date with the latest resource version on or before that date.
 */
public final class ApiVersions {

  private static final Pattern VENDOR = Pattern.compile("application/vnd\\.atlas\\.(\\d{4}-\\d{2}-\\d{2})\\+json");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ApiVersions() {}

  /**
   * Returns the resource versions of the operation, oldest first.
   *
   * @return at least one date, such as {@code [2023-01-01]}
   * @throws IllegalStateException if the document declares none
   */
  public static List<LocalDate> resourceVersions() {
    return Declared.VERSIONS;
  }

  /**
   * Returns the latest resource version: the one MongoDB's clients send by default.
   *
   * @return the newest date of {@link #resourceVersions()}
   */
  public static LocalDate latest() {
    List<LocalDate> versions = resourceVersions();
    return versions.get(versions.size() - 1);
  }

  /**
   * Resolves a release date to the resource version that serves it.
   *
   * @param releaseDate a date {@code YYYY-MM-DD}, such as {@code 2025-03-12}
   * @return the latest resource version on or before the date, such as {@code 2023-01-01}
   * @throws IllegalArgumentException if the text is not a {@code YYYY-MM-DD} date, or the date is
   *     before the first resource version
   */
  public static LocalDate resolve(String releaseDate) {
    LocalDate date;
    try {
      if (releaseDate == null || !DATE.matcher(releaseDate).matches()) {
        throw new DateTimeException("not YYYY-MM-DD");
      }
      date = LocalDate.parse(releaseDate);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "API version must be a date such as " + latest() + ", was: " + releaseDate);
    }
    return resolve(date);
  }

  /**
   * Resolves a release date to the resource version that serves it.
   *
   * @param releaseDate the date a request names
   * @return the latest resource version on or before the date
   * @throws IllegalArgumentException if the date is before the first resource version
   */
  public static LocalDate resolve(LocalDate releaseDate) {
    LocalDate served = null;
    for (LocalDate version : resourceVersions()) {
      if (!version.isAfter(releaseDate)) {
        served = version;
      }
    }
    if (served == null) {
      throw new IllegalArgumentException("API version " + releaseDate + " is before this operation's first"
          + " resource version " + resourceVersions().get(0) + "; resource versions: " + resourceVersions());
    }
    return served;
  }

  /**
   * Returns the media type of a resource version.
   *
   * @param version a resource version
   * @return such as {@code application/vnd.atlas.2023-01-01+json}
   */
  public static String mediaType(LocalDate version) {
    return "application/vnd.atlas." + version + "+json";
  }

  /** Lazy holder: read from the document on first use. */
  private static final class Declared {
    static final List<LocalDate> VERSIONS = read();

    private static List<LocalDate> read() {
      JsonNode content = AtlasPeeringSpec.operation().path("requestBody").path("content");
      List<LocalDate> versions = new ArrayList<>();
      for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
        Matcher matcher = VENDOR.matcher(names.next());
        if (matcher.matches()) {
          versions.add(LocalDate.parse(matcher.group(1)));
        }
      }
      if (versions.isEmpty()) {
        throw new IllegalStateException(AtlasPeeringSpec.RESOURCE + " declares no resource version");
      }
      versions.sort(null);
      return List.copyOf(versions);
    }
  }
}
