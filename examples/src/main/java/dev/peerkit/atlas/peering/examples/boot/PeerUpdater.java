package dev.peerkit.atlas.peering.examples.boot;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;
import org.springframework.stereotype.Service;

/** A service calling Atlas through the {@code @FeignClient} and through the client bean. */
@Service
public class PeerUpdater {

  private final AtlasPeering atlas;
  private final AtlasPeeringClient client;

  /**
   * @param atlas the {@code @FeignClient}
   * @param client the starter's client bean
   */
  public PeerUpdater(AtlasPeering atlas, AtlasPeeringClient client) {
    this.atlas = atlas;
    this.client = client;
  }

  /** @return the GCP peer's new status, through the {@code @FeignClient} */
  public String renameGcpNetwork() {
    GcpPeeringConnection updated = (GcpPeeringConnection) atlas.updatePeeringConnection(
        "32b6e34b3d91647abb20e7b8", "5e57a0e35c6d2b1a2c3d4e61",
        new GcpPeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7ba").networkName("app-network"),
        null, null);
    return updated.getStatus().getValue();
  }

  /** @return the AWS peer's new statusName, through the client bean */
  public String moveAwsRoutes() {
    AwsPeeringConnection updated = (AwsPeeringConnection) client.updatePeeringConnection(
        "32b6e34b3d91647abb20e7b8", "5e57a0e35c6d2b1a2c3d4e5f",
        new AwsPeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7b8").routeTableCidrBlock("10.15.0.0/24"));
    return updated.getStatusName().getValue();
  }
}
