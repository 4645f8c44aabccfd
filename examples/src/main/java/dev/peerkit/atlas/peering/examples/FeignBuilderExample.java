package dev.peerkit.atlas.peering.examples;

import dev.peerkit.atlas.peering.client.AtlasCapability;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Feign;
import java.util.Map;

/**
 * Your own {@code Feign.builder()} with the SDK's capability, targeting the generated interface.
 */
public final class FeignBuilderExample {

  private FeignBuilderExample() {}

  /**
   * @param args unused; the environment holds the settings
   */
  public static void main(String[] args) {
    System.out.println(updateAzurePeer(System.getenv()));
  }

  /**
   * @param env the environment, {@code System.getenv()}
   * @return the new {@code status}
   */
  // README:start feign
  static String updateAzurePeer(Map<String, String> env) {
    try (AtlasCapability atlas = AtlasCapability.builder()
        .baseUrl("https://cloud.mongodb.com") // the simulator: export MONGODB_ATLAS_OPS_MANAGER_URL=http://127.0.0.1:<port>
        .fromEnvironment(env)
        .build()) {
      NetworkPeeringApi api = Feign.builder()   // your builder: your interceptors, metrics and logger stay
          .addCapability(atlas)
          .target(NetworkPeeringApi.class, atlas.baseUrl());
      PeeringConnection updated = api.updatePeeringConnection(
          "32b6e34b3d91647abb20e7b8", "5e57a0e35c6d2b1a2c3d4e60",
          new AzurePeeringConnectionUpdate()
              .containerId("32b6e34b3d91647abb20e7b9")
              .azureDirectoryId("4d5e6f70-8192-4a3b-9c4d-5e6f708192a3")
              .azureSubscriptionId("9a8b7c6d-5e4f-4321-8765-43210fedcba9")
              .resourceGroupName("atlas-peering-rg")
              .vnetName("app-vnet-eastus2"),
          null, null); // envelope, pretty
      return ((AzurePeeringConnection) updated).getStatus().getValue(); // ADDING_PEER
    }
  }
  // README:end
}
