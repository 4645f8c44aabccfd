package dev.peerkit.atlas.peering.client.internal.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): either delta-seconds such as
 * {@code 55}, or an HTTP-date (section 5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime
 * forms, parsed by HttpClient 5's {@link DateUtils} as GMT whatever the JVM's time zone; its own
 * asctime pattern carries no zone and never matches, so that one form is given here).
 * Delta-seconds too large for a {@code long} read as {@link #FOREVER}: longer than any
 * {@code maxDelay}, so the retryer gives up at once.
 */
public final class RetryAfter {

  /** What an absurdly long {@code Retry-After} reads as: about 31,700 years. */
  public static final Duration FOREVER = Duration.ofSeconds(1_000_000_000_000L);

  /** asctime-date, {@code Sun Nov  6 08:49:37 1994}: always GMT (RFC 9110 section 5.6.7). */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private RetryAfter() {}

  /**
   * @param headers response headers, looked up case-insensitively (Feign's map)
   * @param clock the clock "now" is read from, for HTTP-dates
   * @return the wait, never negative; empty when the header is absent or unreadable
   */
  public static Optional<Duration> fromHeaders(Map<String, Collection<String>> headers, Clock clock) {
    Collection<String> values = headers == null ? null : headers.get("Retry-After");
    return values == null || values.isEmpty() ? Optional.empty() : parse(values.iterator().next(), clock);
  }

  /**
   * @param value the header value
   * @param clock the clock "now" is read from, for HTTP-dates
   * @return the wait, never negative; empty when unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    String trimmed = value == null ? "" : value.trim();
    if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(trimmed.length() > 12 ? FOREVER
          : min(Duration.ofSeconds(Long.parseLong(trimmed)), FOREVER));
    }
    Instant at = DateUtils.parseDate(trimmed, DateUtils.FORMATTER_RFC1123, DateUtils.FORMATTER_RFC1036, ASCTIME);
    if (at == null) {
      return Optional.empty();
    }
    Duration wait = Duration.between(clock.instant(), at);
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
