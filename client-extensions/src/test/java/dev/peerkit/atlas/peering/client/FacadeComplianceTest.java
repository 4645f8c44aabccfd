package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Logger;
import java.util.function.Consumer;

/** The compliance suite against {@link AtlasPeeringClient}, the facade. */
class FacadeComplianceTest extends DigestCompliance {

  @Override
  Calls build(Consumer<AtlasOptionsBuilder<?>> options, Logger.Level wireLogLevel) {
    AtlasPeeringClientBuilder builder = AtlasPeeringClient.builder();
    options.accept(builder);
    AtlasPeeringClient client = builder.build();
    return new Calls() {
      @Override
      public PeeringConnection update(UpdatePeeringConnectionRequest request) {
        return client.updatePeeringConnection(request);
      }

      @Override
      public AtlasResponse<PeeringConnection> updateWithResponse(UpdatePeeringConnectionRequest request) {
        return client.updatePeeringConnectionWithResponse(request);
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
