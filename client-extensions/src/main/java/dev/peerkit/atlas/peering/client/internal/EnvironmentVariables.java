package dev.peerkit.atlas.peering.client.internal;

import java.util.Map;

/**
 * The {@code MONGODB_ATLAS_*} variables, as the Atlas CLI, the Go SDK and the {@code atlas-peering}
 * CLI name them. Values are trimmed; blank counts as unset.
 */
public final class EnvironmentVariables {

  /** Service account client id. */
  public static final String CLIENT_ID = "MONGODB_ATLAS_CLIENT_ID";
  /** Service account client secret. */
  public static final String CLIENT_SECRET = "MONGODB_ATLAS_CLIENT_SECRET";
  /** API key, public part. */
  public static final String PUBLIC_KEY = "MONGODB_ATLAS_PUBLIC_API_KEY";
  /** API key, private part. */
  public static final String PRIVATE_KEY = "MONGODB_ATLAS_PRIVATE_API_KEY";
  /** Base URL (the simulator's banner prints it). */
  public static final String BASE_URL = "MONGODB_ATLAS_OPS_MANAGER_URL";

  private final Map<String, String> env;

  /** @param env variable names to values */
  public EnvironmentVariables(Map<String, String> env) {
    this.env = env;
  }

  /**
   * @param name a variable name
   * @return its trimmed value, or {@code null} when unset or blank
   */
  public String get(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * @param a one variable of a pair
   * @param b the other
   * @throws IllegalStateException if exactly one of them is set; names the variables only
   */
  public void requireBothOrNone(String a, String b) {
    if ((get(a) == null) != (get(b) == null)) {
      String set = get(a) != null ? a : b;
      String unset = get(a) != null ? b : a;
      throw new IllegalStateException(set + " is set but " + unset + " is not: set both, or neither");
    }
  }
}
