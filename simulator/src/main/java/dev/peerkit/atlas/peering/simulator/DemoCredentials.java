package dev.peerkit.atlas.peering.simulator;

import java.util.Objects;

/**
 * The credentials a simulator accepts: one programmatic API key (HTTP Digest, RFC 7616, realm
 * {@value #DIGEST_REALM}) and one service account (OAuth 2.0 client credentials, RFC 6749 §4.4).
 *
 * <p>{@link #DEFAULT} holds fixed, published demo values. They are not secrets: they only ever
 * unlock a local simulator. {@link #toString()} still masks the private parts, so the values do not
 * end up in logs by accident.
 *
 * @param apiPublicKey API key public part, the Digest username
 * @param apiPrivateKey API key private part, the Digest password
 * @param clientId service account client id, the HTTP Basic username at the token endpoint
 * @param clientSecret service account client secret, the HTTP Basic password there
 */
public record DemoCredentials(
    String apiPublicKey, String apiPrivateKey, String clientId, String clientSecret) {

  /** Digest realm that Atlas uses and the simulator announces: {@value}. */
  public static final String DIGEST_REALM = "MMS Public API";

  /**
   * The default demo credentials:
   *
   * <ul>
   *   <li>API public key {@code demopubk}, private key {@code
   *       demo0000-0000-4000-8000-000000000000};
   *   <li>client id {@code mdb_sa_id_demo00000000000000000000}, client secret {@code
   *       mdb_sa_sk_demo000000000000000000000000000000000000}.
   * </ul>
   */
  public static final DemoCredentials DEFAULT =
      new DemoCredentials(
          "demopubk",
          "demo0000-0000-4000-8000-000000000000",
          "mdb_sa_id_demo00000000000000000000",
          "mdb_sa_sk_demo000000000000000000000000000000000000");

  /**
   * Checks that no part is null or blank.
   *
   * @param apiPublicKey API key public part
   * @param apiPrivateKey API key private part
   * @param clientId service account client id
   * @param clientSecret service account client secret
   * @throws IllegalArgumentException if a part is blank, or {@code clientId} contains a colon (HTTP
   *     Basic could not carry it)
   * @throws NullPointerException if a part is {@code null}
   */
  public DemoCredentials {
    requireText(apiPublicKey, "apiPublicKey");
    requireText(apiPrivateKey, "apiPrivateKey");
    requireText(clientId, "clientId");
    requireText(clientSecret, "clientSecret");
    if (clientId.indexOf(':') >= 0) {
      throw new IllegalArgumentException("clientId must not contain ':'");
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * Shows the public parts only.
   *
   * @return e.g. {@code DemoCredentials[apiPublicKey=demopubk, clientId=mdb_sa_id_..., ...]}
   */
  @Override
  public String toString() {
    return "DemoCredentials[apiPublicKey="
        + apiPublicKey
        + ", apiPrivateKey=****, clientId="
        + clientId
        + ", clientSecret=****]";
  }
}
