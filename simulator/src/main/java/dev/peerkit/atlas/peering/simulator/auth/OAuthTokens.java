package dev.peerkit.atlas.peering.simulator.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service-account access tokens the simulator has issued, with their expiry, plus a count of
 * requests to the token endpoint. Thread-safe. Tokens are opaque random strings.
 */
public final class OAuthTokens {

  /**
   * A freshly issued token.
   *
   * @param value the access token
   * @param expiresIn its lifetime in whole seconds, the {@code expires_in} of RFC 6749 §5.1
   */
  public record Issued(String value, long expiresIn) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final Clock clock;
  private final Duration lifetime;

  /**
   * Creates an empty registry.
   *
   * @param clock decides when tokens expire
   * @param lifetime how long an issued token lives; whole seconds are announced
   */
  public OAuthTokens(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * Issues a new token.
   *
   * @return the token and its {@code expires_in}
   */
  public Issued issue() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    long seconds = lifetime.toSeconds();
    expiries.put(token, clock.instant().plusSeconds(seconds));
    return new Issued(token, seconds);
  }

  /**
   * Accepts a token with a value chosen by the caller, for the lifetime of issued tokens (a provider
   * state: a contract's made-up token becomes live).
   *
   * @param token the token value
   */
  public void accept(String token) {
    expiries.put(token, clock.instant().plusSeconds(lifetime.toSeconds()));
  }

  /**
   * Tells whether a token was issued here, is not revoked and has not expired.
   *
   * @param token the bearer token from the request
   * @return {@code true} if the API should accept it
   */
  public boolean isLive(String token) {
    Instant expiry = expiries.get(token);
    if (expiry == null) {
      return false;
    }
    if (!clock.instant().isBefore(expiry)) {
      expiries.remove(token); // expired tokens never come back to life
      return false;
    }
    return true;
  }

  /**
   * Revokes a token (RFC 7009); unknown tokens are ignored.
   *
   * @param token the token to revoke
   */
  public void revoke(String token) {
    expiries.remove(token);
  }

  /** Counts one request to the token endpoint, successful or not. */
  public void countRequest() {
    tokenRequests.incrementAndGet();
  }

  /**
   * Returns how many requests reached the token endpoint since start or the last reset.
   *
   * @return the count
   */
  public int requestCount() {
    return tokenRequests.get();
  }

  /** Sets the token request count back to zero; issued tokens stay valid. */
  public void resetRequestCount() {
    tokenRequests.set(0);
  }
}
