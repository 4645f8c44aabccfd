package dev.peerkit.atlas.peering.client;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The rate-limit headers of an Atlas answer ({@code RateLimit-Limit} and {@code
 * RateLimit-Remaining}, as MongoDB's 2026 documents declare them on 200 and 429 answers). Atlas may
 * leave either out; a missing or non-numeric value is empty.
 *
 * @param limit {@code RateLimit-Limit}: how many requests the caller's bucket holds
 * @param remaining {@code RateLimit-Remaining}: how many requests are left in it
 */
public record RateLimit(OptionalLong limit, OptionalLong remaining) {

  /**
   * Reads the headers, matching names without regard to case.
   *
   * @param headers response headers, as {@link AtlasResponse#headers()} holds them
   * @return the values found; both empty when Atlas sent neither
   */
  public static RateLimit from(Map<String, Collection<String>> headers) {
    return new RateLimit(number(headers, "RateLimit-Limit"), number(headers, "RateLimit-Remaining"));
  }

  private static OptionalLong number(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        for (String value : header.getValue()) {
          try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0) {
              return OptionalLong.of(parsed);
            }
          } catch (NumberFormatException notANumber) {
            // An unreadable value is as good as none.
          }
        }
      }
    }
    return OptionalLong.empty();
  }
}
