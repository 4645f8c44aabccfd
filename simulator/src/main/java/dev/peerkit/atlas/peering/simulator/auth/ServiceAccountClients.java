package dev.peerkit.atlas.peering.simulator.auth;

import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates a service account at the OAuth endpoints from an HTTP Basic {@code Authorization}
 * header (RFC 6749 §2.3.1: id and secret are form-urlencoded, then Basic-encoded).
 */
public final class ServiceAccountClients {

  private final DemoCredentials credentials;
  private final Map<String, String> registered = new ConcurrentHashMap<>();

  /**
   * Creates the check for the one configured service account.
   *
   * @param credentials holds the client id and secret
   */
  public ServiceAccountClients(DemoCredentials credentials) {
    this.credentials = credentials;
  }

  /**
   * Checks an {@code Authorization} header.
   *
   * @param authorization the header value, may be {@code null}
   * @return {@code true} only for {@code Basic} with the configured client id and secret
   */
  public boolean authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String id = formDecode(decoded.substring(0, colon));
    String secret = formDecode(decoded.substring(colon + 1));
    // Compare both in constant time, so a test of timing cannot tell which part was wrong.
    if (equal(id, credentials.clientId()) & equal(secret, credentials.clientSecret())) {
      return true;
    }
    String registeredSecret = registered.get(id);
    return registeredSecret != null && equal(secret, registeredSecret);
  }

  /**
   * Accepts one more service account, besides the configured one (a provider state).
   *
   * @param clientId its client id
   * @param clientSecret its client secret
   */
  public void register(String clientId, String clientSecret) {
    registered.put(clientId, clientSecret);
  }

  /**
   * Forgets a service account added by {@link #register}; the configured one stays.
   *
   * @param clientId its client id
   */
  public void unregister(String clientId) {
    registered.remove(clientId);
  }

  private static String formDecode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return value;
    }
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
