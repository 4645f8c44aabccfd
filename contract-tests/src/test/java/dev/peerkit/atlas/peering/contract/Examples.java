package dev.peerkit.atlas.peering.contract;

import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.spec.SpecFixtures;

/**
 * The example values of the contract: ids and field values are read from the spec's examples
 * (through the spec module's test-jar), so a reader can follow them from the OpenAPI document to
 * the pact.
 */
public final class Examples {

  /** The project (group) id. */
  public static final String GROUP_ID = SpecFixtures.GROUP_ID;
  /** The AWS peering connection. */
  public static final String AWS_PEER_ID = SpecFixtures.AWS_PEER_ID;
  /** The AZURE peering connection. */
  public static final String AZURE_PEER_ID = SpecFixtures.AZURE_PEER_ID;
  /** The GCP peering connection. */
  public static final String GCP_PEER_ID = SpecFixtures.GCP_PEER_ID;
  /** A peering connection id that names nothing. */
  public static final String MISSING_PEER_ID = "5e57a0e35c6d2b1a2c3d4eff";

  /** The network containers of the three peers. */
  public static final String AWS_CONTAINER_ID = SpecFixtures.requestValue("AWS", "containerId");
  public static final String AZURE_CONTAINER_ID = SpecFixtures.requestValue("AZURE", "containerId");
  public static final String GCP_CONTAINER_ID = SpecFixtures.requestValue("GCP", "containerId");

  /** AWS fields. */
  public static final String AWS_REGION = SpecFixtures.requestValue("AWS", "accepterRegionName");
  public static final String AWS_ACCOUNT_ID = SpecFixtures.requestValue("AWS", "awsAccountId");
  public static final String AWS_CIDR = SpecFixtures.requestValue("AWS", "routeTableCidrBlock");
  public static final String AWS_VPC_ID = SpecFixtures.requestValue("AWS", "vpcId");
  public static final String AWS_CONNECTION_ID = SpecFixtures.response("AWS").path("connectionId").asText();
  /** A vpcId that breaks the spec's vpcId pattern: the 400 interaction sends it. */
  public static final String INVALID_VPC_ID = "vpc-123";

  /** AZURE fields. */
  public static final String AZURE_DIRECTORY_ID = SpecFixtures.requestValue("AZURE", "azureDirectoryId");
  public static final String AZURE_SUBSCRIPTION_ID = SpecFixtures.requestValue("AZURE", "azureSubscriptionId");
  public static final String AZURE_RESOURCE_GROUP = SpecFixtures.requestValue("AZURE", "resourceGroupName");
  public static final String AZURE_VNET = SpecFixtures.requestValue("AZURE", "vnetName");

  /** GCP fields. */
  public static final String GCP_PROJECT_ID = SpecFixtures.requestValue("GCP", "gcpProjectId");
  public static final String GCP_NETWORK = SpecFixtures.requestValue("GCP", "networkName");

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
