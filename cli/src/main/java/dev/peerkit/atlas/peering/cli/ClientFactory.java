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
 * MONGODB_ATLAS_OPS_MANAGER_URL}, else {@code https://cloud.mongodb.com}. With {@code -P/--profile},
 * the profile of the Atlas CLI's {@code config.toml} stands in for unset variables ({@link
 * AtlasCliProfile}): flags first, then environment variables, then the profile; its credentials
 * are used only when the environment holds no credential variable at all.
 */
final class ClientFactory {

  static final String CLIENT_ID = "MONGODB_ATLAS_CLIENT_ID";
  static final String CLIENT_SECRET = "MONGODB_ATLAS_CLIENT_SECRET";
  static final String PUBLIC_KEY = "MONGODB_ATLAS_PUBLIC_API_KEY";
  static final String PRIVATE_KEY = "MONGODB_ATLAS_PRIVATE_API_KEY";
  static final String BASE_URL = "MONGODB_ATLAS_OPS_MANAGER_URL";
  static final String PROJECT_ID = "MONGODB_ATLAS_PROJECT_ID";
  private static final java.util.List<String> CREDENTIALS =
      java.util.List.of(CLIENT_ID, CLIENT_SECRET, PUBLIC_KEY, PRIVATE_KEY);

  private ClientFactory() {}

  /**
   * @throws UsageException when no complete credential pair is set, or an option is invalid
   */
  static AtlasPeeringClient create(Console console, GlobalOptions global, String apiVersion,
      Map<String, String> profile) {
    return create(console, global, apiVersion, profile, false);
  }

  /**
   * @param adaptiveRateLimiting pace requests by the learned Atlas bucket (--batch), waiting as long
   *     as the bucket needs
   * @throws UsageException when no complete credential pair is set, or an option is invalid
   */
  static AtlasPeeringClient create(Console console, GlobalOptions global, String apiVersion,
      Map<String, String> profile, boolean adaptiveRateLimiting) {
    Map<String, String> env = settings(console.env(), profile);
    checkSeconds("--response-timeout", global.responseTimeoutSeconds);
    checkSeconds("--call-timeout", global.callTimeoutSeconds);
    AtlasPeeringClientBuilder builder = AtlasPeeringClient.builder()
        .logger(LoggerFactory.getLogger("atlas-peering"))
        .responseTimeout(Duration.ofSeconds(global.responseTimeoutSeconds))
        .callTimeout(Duration.ofSeconds(global.callTimeoutSeconds))
        .wireLogLevel(global.debug ? feign.Logger.Level.HEADERS : feign.Logger.Level.NONE)
        .adaptiveRateLimiting(adaptiveRateLimiting).rateLimitMaxWait(Duration.ofHours(1));
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
    credentials(console, env, builder);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Socket timeouts are int milliseconds: 1 s up to {@value GlobalOptions#MAX_SECONDS} s. */
  private static void checkSeconds(String flag, long seconds) {
    if (seconds < 1 || seconds > GlobalOptions.MAX_SECONDS) {
      throw new UsageException(flag + " " + seconds + " is out of range: give whole seconds from 1 to "
          + GlobalOptions.MAX_SECONDS);
    }
  }

  /**
   * The environment with a profile's values standing in for unset variables.
   *
   * @param env environment variables
   * @param profile values keyed by the variable they stand in for (see {@link AtlasCliProfile})
   * @return the merged settings
   */
  static Map<String, String> settings(Map<String, String> env, Map<String, String> profile) {
    Map<String, String> merged = new java.util.HashMap<>(profile);
    if (CREDENTIALS.stream().anyMatch(name -> value(env, name) != null)) {
      CREDENTIALS.forEach(merged::remove);
    }
    env.forEach((name, value) -> {
      if (value != null && !value.isBlank()) {
        merged.put(name, value);
      }
    });
    return merged;
  }

  private static void credentials(Console console, Map<String, String> env, AtlasPeeringClientBuilder builder) {
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
  static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
