package dev.peerkit.atlas.peering.client.internal.codec;

import dev.peerkit.atlas.peering.client.internal.auth.OneReauthenticationHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a 401's challenges asked for (RFC 9110 section 11.6.1), so an unanswered challenge is
 * named in the error: the scheme, and for Digest the {@code algorithm}, {@code qop} and {@code
 * stale} parameters (RFC 7616 section 3.3). Nonces and realms are left out.
 */
final class Challenges {

  private static final Pattern PARAM =
      Pattern.compile("(?i)\\b(algorithm|qop|stale)\\s*=\\s*(\"[^\"]{0,64}\"|[A-Za-z0-9_.,-]{1,64})");
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.,\" -]{1,64}");

  private Challenges() {}

  static String describe(Map<String, Collection<String>> headers) {
    List<String> asked = new ArrayList<>();
    for (String header : List.of("WWW-Authenticate", OneReauthenticationHandler.REFUSED_CHALLENGE)) {
      Collection<String> values = headers.get(header);
      if (values != null) {
        values.forEach(v -> asked.add(summary(v)));
      }
    }
    if (asked.isEmpty()) {
      return "";
    }
    boolean refused = headers.containsKey(OneReauthenticationHandler.REFUSED_CHALLENGE);
    return ". The server asked for " + String.join("; ", asked)
        + (refused ? " again after one re-authentication, which is all a call makes"
            : "; the SDK answers only Digest challenges, and only with API keys (MD5, SHA-256, SHA-512-256,"
                + " their -sess forms; qop auth, auth-int or none)");
  }

  private static String summary(String challenge) {
    String trimmed = challenge.strip();
    String scheme = trimmed.split("\\s+", 2)[0];
    StringBuilder out = new StringBuilder(SAFE.matcher(scheme).matches() ? scheme : "an unreadable scheme");
    Matcher m = PARAM.matcher(trimmed);
    while (m.find()) {
      out.append(' ').append(m.group(1).toLowerCase(Locale.ROOT)).append('=').append(m.group(2));
    }
    return out.toString();
  }
}
