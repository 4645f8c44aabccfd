package dev.peerkit.atlas.peering.client.internal.auth;

import java.time.Instant;

/**
 * A service-account access token and the instant the client stops using it.
 *
 * @param value the bearer token; never printed by {@link #toString()}
 * @param refreshAt when the client fetches a new one: {@code now + expires_in - skew}
 */
public record AccessToken(String value, Instant refreshAt) {
  @Override
  public String toString() {
    return "AccessToken[value=<redacted>, refreshAt=" + refreshAt + "]";
  }
}
