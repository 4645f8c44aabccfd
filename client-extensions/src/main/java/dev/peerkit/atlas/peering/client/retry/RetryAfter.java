package dev.peerkit.atlas.peering.client.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): either delta-seconds such as
 * {@code 55}, or an HTTP-date (section 5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime
 * forms). Dates are read as GMT/UTC whatever the JVM's default time zone.
 */
public final class RetryAfter {

  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC),
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

  private RetryAfter() {}

  /**
   * @param headers response headers (names in any case)
   * @param clock the clock "now" is read from, for HTTP-dates
   * @return the wait, never negative; empty when the header is absent or unreadable
   */
  public static Optional<Duration> fromHeaders(Map<String, Collection<String>> headers, Clock clock) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(h -> "retry-after".equalsIgnoreCase(h.getKey()))
        .flatMap(h -> h.getValue().stream())
        .findFirst()
        .flatMap(value -> parse(value, clock));
  }

  /**
   * @param value the header value
   * @param clock the clock "now" is read from, for HTTP-dates
   * @return the wait, never negative; empty when unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.matches("\\d{1,10}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    for (DateTimeFormatter format : HTTP_DATES) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(trimmed, format);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException tryNext) {
        // next form
      }
    }
    return Optional.empty();
  }
}
