package dev.peerkit.atlas.peering.examples;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import java.util.Map;

/**
 * The ready-made client: updates the simulator's (or Atlas's) AWS peer with the credentials of
 * the environment. Run it with {@code MONGODB_ATLAS_OPS_MANAGER_URL} and the credentials that
 * {@code atlas-peering simulator} prints.
 */
public final class FacadeExample {

  private FacadeExample() {}

  /**
   * @param args unused; the environment holds the settings
   */
  public static void main(String[] args) {
    System.out.println(updateAwsPeer(System.getenv()));
  }

  /**
   * @param env the environment, {@code System.getenv()}
   * @return the new {@code statusName}
   */
  // README:start facade
  static String updateAwsPeer(Map<String, String> env) {
    try (AtlasPeeringClient client = AtlasPeeringClient.builder()
        .baseUrl("https://cloud.mongodb.com") // the simulator: export MONGODB_ATLAS_OPS_MANAGER_URL=http://127.0.0.1:<port>
        .fromEnvironment(env)                 // MONGODB_ATLAS_OPS_MANAGER_URL, MONGODB_ATLAS_CLIENT_ID/_SECRET or _PUBLIC/_PRIVATE_API_KEY
        .build()) {
      PeeringConnection updated = client.updatePeeringConnection(
          "32b6e34b3d91647abb20e7b8", "5e57a0e35c6d2b1a2c3d4e5f",
          new AwsPeeringConnectionUpdate()
              .containerId("32b6e34b3d91647abb20e7b8")
              .accepterRegionName("us-east-1")
              .awsAccountId("123456789012")
              .routeTableCidrBlock("10.15.0.0/24")
              .vpcId("vpc-0a1b2c3d4e5f60718"));
      return ((AwsPeeringConnection) updated).getStatusName().getValue(); // PENDING_ACCEPTANCE
    }
  }
  // README:end
}
