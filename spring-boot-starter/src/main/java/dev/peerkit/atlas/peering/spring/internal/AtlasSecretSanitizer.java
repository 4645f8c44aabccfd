package dev.peerkit.atlas.peering.spring.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the SDK's secrets in {@code /actuator/env} and {@code /actuator/configprops} even when
 * {@code management.endpoint.*.show-values} shows other values: {@code atlas.peering.*} client
 * secret, private key and passwords, in any of their spellings (properties, relaxed names,
 * {@code ATLAS_PEERING_..._CLIENT_SECRET} environment variables), and the {@code
 * MONGODB_ATLAS_*} secret variables {@code fromEnvironment()} reads.
 */
public final class AtlasSecretSanitizer implements SanitizingFunction {

  private static final List<String> SECRET_ENDINGS = List.of("clientsecret", "privatekey", "password",
      "privateapikey");

  @Override
  public SanitizableData apply(SanitizableData data) {
    return isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
  }

  /**
   * @param key a property key as the endpoint names it
   * @return whether it names one of the SDK's secrets
   */
  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    boolean ours = k.startsWith("atlaspeering") || k.startsWith("mongodbatlas");
    return ours && SECRET_ENDINGS.stream().anyMatch(k::endsWith);
  }
}
