package dev.peerkit.atlas.peering.client.internal.logging;

import feign.slf4j.Slf4jLogger;
import java.util.Locale;
import java.util.Set;

/**
 * Feign wire logger over SLF4J that never logs credentials: the {@code Authorization}, {@code
 * Proxy-Authorization}, {@code Cookie}, {@code WWW-Authenticate} (it carries the server's Digest
 * nonce) and {@code Set-Cookie} headers are left out at every level, including {@code FULL}. Bodies
 * of the API call hold peering settings only; the OAuth token exchange never goes through Feign.
 */
public final class RedactingSlf4jLogger extends Slf4jLogger {

  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "www-authenticate");

  /** @param logger the SLF4J logger to write to (at DEBUG, as Feign does) */
  public RedactingSlf4jLogger(org.slf4j.Logger logger) {
    super(logger);
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }
}
