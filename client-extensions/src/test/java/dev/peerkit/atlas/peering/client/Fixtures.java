package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;

/** Valid request bodies, as in the spec's examples. Shared by the tests of all packages. */
public final class Fixtures {
  private Fixtures() {}

  public static AwsPeeringConnectionUpdate aws() {
    return new AwsPeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7b8")
        .accepterRegionName("us-east-1")
        .awsAccountId("123456789012")
        .routeTableCidrBlock("10.15.0.0/24")
        .vpcId("vpc-0a1b2c3d4e5f60718");
  }

  public static AzurePeeringConnectionUpdate azure() {
    return new AzurePeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7b9")
        .azureDirectoryId("4d5e6f70-8192-4a3b-9c4d-5e6f708192a3")
        .azureSubscriptionId("9a8b7c6d-5e4f-4321-8765-43210fedcba9")
        .resourceGroupName("atlas-peering-rg")
        .vnetName("app-vnet-eastus2");
  }

  public static GcpPeeringConnectionUpdate gcp() {
    return new GcpPeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7ba")
        .gcpProjectId("my-gcp-project-42")
        .networkName("app-network");
  }

  /** A client for an API-key server, with instant retries. */
  static AtlasPeeringClientBuilder digestClient(TestServer server) {
    return AtlasPeeringClient.builder().baseUrl(server.baseUrl())
        .apiKey(TestServer.PUBLIC_KEY, TestServer.PRIVATE_KEY)
        .sleeper(d -> { });
  }
}
