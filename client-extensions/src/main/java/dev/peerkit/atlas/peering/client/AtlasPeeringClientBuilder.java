package dev.peerkit.atlas.peering.client;

/**
 * Configures and builds an {@link AtlasPeeringClient}: the options of {@link AtlasOptionsBuilder}
 * (credentials, base URL, version, timeouts, retries, logging, proxy and TLS), then {@link
 * #build()}.
 *
 * <pre>{@code
 * try (AtlasPeeringClient client = AtlasPeeringClient.builder()
 *     .baseUrl("https://cloud.mongodb.com")
 *     .serviceAccount(clientId, clientSecret)
 *     .build()) {
 *   PeeringConnection updated = client.updatePeeringConnection(groupId, peerId, update);
 * }
 * }</pre>
 */
public final class AtlasPeeringClientBuilder extends AtlasOptionsBuilder<AtlasPeeringClientBuilder> {

  AtlasPeeringClientBuilder() {}

  /**
   * Builds the client: an {@link AtlasCapability} with these options, added to a {@code
   * Feign.builder()} that targets the generated {@code NetworkPeeringApi}. It is thread-safe;
   * share one per set of credentials and close it when done.
   *
   * @return the client
   * @throws IllegalStateException if no credentials were given, or options conflict
   * @throws IllegalArgumentException if credentials would go over plain http to a non-loopback
   *     host without {@link #allowInsecureHttp(boolean)}
   */
  public AtlasPeeringClient build() {
    return new AtlasPeeringClient(new AtlasCapability(settings()));
  }
}
