package dev.peerkit.atlas.peering.cli;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.AtlasPeeringClientBuilder;
import java.time.Duration;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Builds the SDK client from the environment, as the Atlas CLI and the Go SDK name it.
 *
 * <p>Precedence: a service account ({@code MONGODB_ATLAS_CLIENT_ID} and {@code
 * MONGODB_ATLAS_CLIENT_SECRET}) when both are set, otherwise an API key pair ({@code
 * MONGODB_ATLAS_PUBLIC_API_KEY} and {@code MONGODB_ATLAS_PRIVATE_API_KEY}, HTTP Digest). Values
 * are trimmed; blank counts as unset. Base URL: {@code --base-url}, else {@code
 * MONGODB_ATLAS_OPS_MANAGER_URL}, else {@code https://cloud.mongodb.com}.
 */
final class ClientFactory {

  static final String CLIENT_ID = "MONGODB_ATLAS_CLIENT_ID";
  static final String CLIENT_SECRET = "MONGODB_ATLAS_CLIENT_SECRET";
  static final String PUBLIC_KEY = "MONGODB_ATLAS_PUBLIC_API_KEY";
  static final String PRIVATE_KEY = "MONGODB_ATLAS_PRIVATE_API_KEY";
  static final String BASE_URL = "MONGODB_ATLAS_OPS_MANAGER_URL";

  private ClientFactory() {}

  /**
   * @throws UsageException when no complete credential pair is set, or an option is invalid
   */
  static AtlasPeeringClient create(Console console, GlobalOptions global, String apiVersion) {
    Map<String, String> env = console.env();
    if (global.responseTimeoutSeconds <= 0) {
      throw new UsageException("--response-timeout must be a positive number of seconds, was "
          + global.responseTimeoutSeconds);
    }
    AtlasPeeringClientBuilder builder = AtlasPeeringClient.builder()
        .logger(LoggerFactory.getLogger("atlas-peering"))
        .responseTimeout(Duration.ofSeconds(global.responseTimeoutSeconds))
        .wireLogLevel(global.debug ? feign.Logger.Level.HEADERS : feign.Logger.Level.NONE);
    try {
      builder.baseUrl(baseUrl(env, global));
    } catch (IllegalArgumentException e) {
      throw new UsageException((global.baseUrl != null ? "--base-url: " : BASE_URL + ": ") + e.getMessage());
    }
    try {
      builder.apiVersion(apiVersion);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--version: " + e.getMessage());
    }
    credentials(console, builder);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void credentials(Console console, AtlasPeeringClientBuilder builder) {
    Map<String, String> env = console.env();
    String id = value(env, CLIENT_ID);
    String secret = value(env, CLIENT_SECRET);
    String publicKey = value(env, PUBLIC_KEY);
    String privateKey = value(env, PRIVATE_KEY);
    if (id != null && secret != null) {
      builder.serviceAccount(id, secret);
      return;
    }
    String half = half(id, CLIENT_ID, secret, CLIENT_SECRET);
    if (publicKey != null && privateKey != null) {
      if (half != null) {
        console.err().println("Warning: " + half + "; using the API key (Digest) instead");
      }
      builder.apiKey(publicKey, privateKey);
      return;
    }
    String otherHalf = half(publicKey, PUBLIC_KEY, privateKey, PRIVATE_KEY);
    throw new UsageException("No credentials: set " + CLIENT_ID + " and " + CLIENT_SECRET
        + " (service account), or " + PUBLIC_KEY + " and " + PRIVATE_KEY + " (API key)"
        + (half != null ? "; " + half : "") + (otherHalf != null ? "; " + otherHalf : ""));
  }

  /** Names the missing half of a pair when exactly one half is set. */
  private static String half(String a, String aName, String b, String bName) {
    if (a != null && b == null) {
      return aName + " is set but " + bName + " is not";
    }
    if (a == null && b != null) {
      return bName + " is set but " + aName + " is not";
    }
    return null;
  }

  static String baseUrl(Map<String, String> env, GlobalOptions global) {
    if (global.baseUrl != null) {
      return global.baseUrl;
    }
    String fromEnv = value(env, BASE_URL);
    return fromEnv != null ? fromEnv : AtlasPeeringClientBuilder.DEFAULT_BASE_URL;
  }

  /** The trimmed value, or {@code null} when unset or blank. */
  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
