package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.client.AtlasClientCompliance.Calls;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Client;
import feign.Feign;
import feign.Logger;
import java.util.function.Consumer;

/** The calls through a plain {@code Feign.builder()} with the capability, as a user wires it. */
final class FeignCalls implements Calls {

  private final AtlasCapability capability;
  private final NetworkPeeringApi api;

  /**
   * @param options the SDK options
   * @param client the Feign client to set, or {@code null} to keep Feign's default
   * @param wireLogLevel the Feign log level
   */
  FeignCalls(Consumer<AtlasOptionsBuilder<?>> options, Client client, Logger.Level wireLogLevel) {
    AtlasCapability.Builder builder = AtlasCapability.builder();
    options.accept(builder);
    capability = builder.build();
    Feign.Builder feign = Feign.builder().addCapability(capability).logLevel(wireLogLevel);
    if (client != null) {
      feign.client(client);
    }
    api = feign.target(NetworkPeeringApi.class, capability.baseUrl());
  }

  @Override
  public PeeringConnection update(UpdatePeeringConnectionRequest r) {
    return api.updatePeeringConnection(r.groupId(), r.peerId(), r.body(),
        r.envelope() ? Boolean.TRUE : null, r.pretty() ? Boolean.TRUE : null);
  }

  @Override
  public AtlasResponse<PeeringConnection> updateWithResponse(UpdatePeeringConnectionRequest r) {
    return (AtlasResponse<PeeringConnection>) api.updatePeeringConnectionWithHttpInfo(r.groupId(), r.peerId(),
        r.body(), r.envelope() ? Boolean.TRUE : null, r.pretty() ? Boolean.TRUE : null);
  }

  @Override
  public void close() {
    capability.close();
  }
}
