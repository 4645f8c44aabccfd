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
 * MONGODB_ATLAS_PUBLIC_API_KEY} and {@code MONGODB_ATLAS_PRIVATE_API_KEY}, HTTP Digest). Base
 * URL: {@code --base-url}, else {@code MONGODB_ATLAS_OPS_MANAGER_URL}, else {@code
 * https://cloud.mongodb.com}.
 */
final class ClientFactory {

  static final String CLIENT_ID = "MONGODB_ATLAS_CLIENT_ID";
  static final String CLIENT_SECRET = "MONGODB_ATLAS_CLIENT_SECRET";
  static final String PUBLIC_KEY = "MONGODB_ATLAS_PUBLIC_API_KEY";
  static final String PRIVATE_KEY = "MONGODB_ATLAS_PRIVATE_API_KEY";
  static final String BASE_URL = "MONGODB_ATLAS_OPS_MANAGER_URL";

  private ClientFactory() {}

  /**
   * @throws UsageException when no complete credential pair is set, or the base URL is invalid
   */
  static AtlasPeeringClient create(Map<String, String> env, GlobalOptions global, String apiVersion) {
    AtlasPeeringClientBuilder builder = AtlasPeeringClient.builder()
        .logger(LoggerFactory.getLogger("atlas-peering"))
        .responseTimeout(Duration.ofSeconds(global.responseTimeoutSeconds))
        .wireLogLevel(global.debug ? feign.Logger.Level.HEADERS : feign.Logger.Level.NONE);
    try {
      builder.baseUrl(baseUrl(env, global)).apiVersion(apiVersion);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (isSet(env, CLIENT_ID) && isSet(env, CLIENT_SECRET)) {
      builder.serviceAccount(env.get(CLIENT_ID), env.get(CLIENT_SECRET));
    } else if (isSet(env, PUBLIC_KEY) && isSet(env, PRIVATE_KEY)) {
      builder.apiKey(env.get(PUBLIC_KEY), env.get(PRIVATE_KEY));
    } else {
      throw new UsageException("No credentials: set " + CLIENT_ID + " and " + CLIENT_SECRET
          + " (service account), or " + PUBLIC_KEY + " and " + PRIVATE_KEY + " (API key)");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static String baseUrl(Map<String, String> env, GlobalOptions global) {
    if (global.baseUrl != null) {
      return global.baseUrl;
    }
    return isSet(env, BASE_URL) ? env.get(BASE_URL) : AtlasPeeringClientBuilder.DEFAULT_BASE_URL;
  }

  private static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }
}
