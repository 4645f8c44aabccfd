package dev.peerkit.atlas.peering.contract;

import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;

/**
 * The example values of the contract: ids and field values are those of the spec's examples, so
 * a reader can follow them from the OpenAPI document to the pact.
 */
public final class Examples {

  /** The project (group) id. */
  public static final String GROUP_ID = "32b6e34b3d91647abb20e7b8";
  /** The AWS peering connection. */
  public static final String AWS_PEER_ID = "5e57a0e35c6d2b1a2c3d4e5f";
  /** The AZURE peering connection. */
  public static final String AZURE_PEER_ID = "5e57a0e35c6d2b1a2c3d4e60";
  /** The GCP peering connection. */
  public static final String GCP_PEER_ID = "5e57a0e35c6d2b1a2c3d4e61";
  /** A peering connection id that names nothing. */
  public static final String MISSING_PEER_ID = "5e57a0e35c6d2b1a2c3d4eff";

  /** The network containers of the three peers. */
  public static final String AWS_CONTAINER_ID = "32b6e34b3d91647abb20e7b8";
  public static final String AZURE_CONTAINER_ID = "32b6e34b3d91647abb20e7b9";
  public static final String GCP_CONTAINER_ID = "32b6e34b3d91647abb20e7ba";

  /** AWS fields. */
  public static final String AWS_REGION = "us-east-1";
  public static final String AWS_ACCOUNT_ID = "123456789012";
  public static final String AWS_CIDR = "10.15.0.0/24";
  public static final String AWS_VPC_ID = "vpc-0a1b2c3d4e5f60718";
  public static final String AWS_CONNECTION_ID = "pcx-0a1b2c3d4e5f60718";
  /** A vpcId that breaks the spec's {@code ^vpc-[0-9a-f]{17}$}: the 400 interaction sends it. */
  public static final String INVALID_VPC_ID = "vpc-123";

  /** AZURE fields. */
  public static final String AZURE_DIRECTORY_ID = "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3";
  public static final String AZURE_SUBSCRIPTION_ID = "9a8b7c6d-5e4f-4321-8765-43210fedcba9";
  public static final String AZURE_RESOURCE_GROUP = "atlas-peering-rg";
  public static final String AZURE_VNET = "app-vnet-eastus2";

  /** GCP fields. */
  public static final String GCP_PROJECT_ID = "my-gcp-project-42";
  public static final String GCP_NETWORK = "app-network";

  /**
   * Service account of the consumer tests. Made-up values: the pact pins only the shape of the
   * credentials, and provider verification swaps in credentials its provider accepts.
   */
  public static final String CLIENT_ID = "mdb_sa_id_contracttest00000000000000";
  public static final String CLIENT_SECRET = "mdb_sa_sk_contracttest-not-a-secret";
  /** The access token the token interaction hands out, and the PATCH interactions' example. */
  public static final String ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.contract-test.token";

  private Examples() {}

  /** @return the full AWS update, as an SDK user builds it */
  public static AwsPeeringConnectionUpdate awsUpdate() {
    return awsUpdate(AWS_VPC_ID);
  }

  /**
   * @param vpcId the vpcId to send
   * @return the full AWS update with that vpcId
   */
  public static AwsPeeringConnectionUpdate awsUpdate(String vpcId) {
    return new AwsPeeringConnectionUpdate()
        .containerId(AWS_CONTAINER_ID)
        .accepterRegionName(AWS_REGION)
        .awsAccountId(AWS_ACCOUNT_ID)
        .routeTableCidrBlock(AWS_CIDR)
        .vpcId(vpcId);
  }

  /** @return the full AZURE update */
  public static AzurePeeringConnectionUpdate azureUpdate() {
    return new AzurePeeringConnectionUpdate()
        .containerId(AZURE_CONTAINER_ID)
        .azureDirectoryId(AZURE_DIRECTORY_ID)
        .azureSubscriptionId(AZURE_SUBSCRIPTION_ID)
        .resourceGroupName(AZURE_RESOURCE_GROUP)
        .vnetName(AZURE_VNET);
  }

  /** @return the full GCP update */
  public static GcpPeeringConnectionUpdate gcpUpdate() {
    return new GcpPeeringConnectionUpdate()
        .containerId(GCP_CONTAINER_ID)
        .gcpProjectId(GCP_PROJECT_ID)
        .networkName(GCP_NETWORK);
  }
}
