package dev.peerkit.atlas.peering.client;

import java.util.Objects;

/**
 * How the client authenticates to Atlas: a service account (OAuth 2.0 client credentials, RFC
 * 6749 section 4.4, sent as a bearer token) or a programmatic API key pair (HTTP Digest, RFC
 * 7616). {@code toString()} never shows a secret.
 */
public sealed interface AtlasCredentials {

  /**
   * @param clientId the service account's client id, such as {@code mdb_sa_id_...}
   * @param clientSecret the service account's client secret, such as {@code mdb_sa_sk_...}
   * @return service-account credentials
   * @throws IllegalArgumentException if either value is null or blank
   */
  static AtlasCredentials serviceAccount(String clientId, String clientSecret) {
    return new ServiceAccount(clientId, clientSecret);
  }

  /**
   * @param publicKey the API key's public key (the Digest username)
   * @param privateKey the API key's private key (the Digest password)
   * @return API key credentials
   * @throws IllegalArgumentException if either value is null or blank
   */
  static AtlasCredentials apiKey(String publicKey, String privateKey) {
    return new ApiKey(publicKey, privateKey);
  }

  /**
   * Service-account credentials.
   *
   * @param clientId client id
   * @param clientSecret client secret, never printed
   */
  record ServiceAccount(String clientId, String clientSecret) implements AtlasCredentials {
    /**
     * @param clientId client id
     * @param clientSecret client secret
     * @throws IllegalArgumentException if either value is null or blank
     */
    public ServiceAccount {
      requireText(clientId, "clientId");
      requireText(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
      return "ServiceAccount[clientId=" + clientId + ", clientSecret=<redacted>]";
    }
  }

  /**
   * API key pair for HTTP Digest.
   *
   * @param publicKey public key
   * @param privateKey private key, never printed
   */
  record ApiKey(String publicKey, String privateKey) implements AtlasCredentials {
    /**
     * @param publicKey public key
     * @param privateKey private key
     * @throws IllegalArgumentException if either value is null or blank
     */
    public ApiKey {
      requireText(publicKey, "publicKey");
      requireText(privateKey, "privateKey");
    }

    @Override
    public String toString() {
      return "ApiKey[publicKey=" + publicKey + ", privateKey=<redacted>]";
    }
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNullElse(value, "").isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }
}
