package dev.peerkit.atlas.peering.simulator;

/** Request bodies: the spec's examples, and variations of them. */
final class Bodies {

  static final String AWS =
      """
      {"containerId":"32b6e34b3d91647abb20e7b8","providerName":"AWS",
       "accepterRegionName":"us-east-1","awsAccountId":"123456789012",
       "routeTableCidrBlock":"10.15.0.0/24","vpcId":"vpc-0a1b2c3d4e5f60718"}\
      """;

  static final String AZURE =
      """
      {"containerId":"32b6e34b3d91647abb20e7b9","providerName":"AZURE",
       "azureDirectoryId":"4d5e6f70-8192-4a3b-9c4d-5e6f708192a3",
       "azureSubscriptionId":"9a8b7c6d-5e4f-4321-8765-43210fedcba9",
       "resourceGroupName":"atlas-peering-rg","vnetName":"app-vnet-eastus2"}\
      """;

  static final String GCP =
      """
      {"containerId":"32b6e34b3d91647abb20e7ba","providerName":"GCP",
       "gcpProjectId":"my-gcp-project-42","networkName":"app-network"}\
      """;

  private Bodies() {}

  static String awsWithVpc(String vpcId) {
    return AWS.replace("vpc-0a1b2c3d4e5f60718", vpcId);
  }
}
