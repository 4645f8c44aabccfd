package dev.peerkit.atlas.peering.client;

import feign.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  private final List<Capability> extraCapabilities = new ArrayList<>();

  AtlasPeeringClientBuilder() {}

  /**
   * Adds a Feign capability after the SDK's own (for example metrics), so it wraps the SDK's
   * pieces: its {@code Client} sees each attempt with its final status, its {@code Retryer} each
   * retry.
   *
   * @param capability the capability to add
   * @return this
   */
  public AtlasPeeringClientBuilder addCapability(Capability capability) {
    extraCapabilities.add(Objects.requireNonNull(capability, "capability"));
    return this;
  }

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
    return new AtlasPeeringClient(new AtlasCapability(settings()), List.copyOf(extraCapabilities));
  }
}
