package dev.peerkit.atlas.peering.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.Json;
import java.util.List;

/**
 * The demo project every simulator starts with: one AWS, one AZURE and one GCP peering connection,
 * each in its own network container. Ids and field values are those of the examples in the OpenAPI
 * document ({@code atlas-peering.yaml}), so the spec's example requests succeed against a fresh
 * simulator and answer with the spec's example responses.
 *
 * <p>Seeded connections start {@code AVAILABLE} (AWS {@code statusName}, AZURE and GCP {@code
 * status}); an update moves them on, see {@link AtlasSimulator}.
 */
public final class SeedData {

  /** The demo project (group) id: {@value}. */
  public static final String GROUP_ID = "32b6e34b3d91647abb20e7b8";

  /** Id of the seeded AWS peering connection: {@value}. */
  public static final String AWS_PEER_ID = "5e57a0e35c6d2b1a2c3d4e5f";

  /** Id of the seeded AZURE peering connection: {@value}. */
  public static final String AZURE_PEER_ID = "5e57a0e35c6d2b1a2c3d4e60";

  /** Id of the seeded GCP peering connection: {@value}. */
  public static final String GCP_PEER_ID = "5e57a0e35c6d2b1a2c3d4e61";

  /** Id of the AWS network container: {@value} (the spec examples reuse the project id). */
  public static final String AWS_CONTAINER_ID = "32b6e34b3d91647abb20e7b8";

  /** Id of the AZURE network container: {@value}. */
  public static final String AZURE_CONTAINER_ID = "32b6e34b3d91647abb20e7b9";

  /** Id of the GCP network container: {@value}. */
  public static final String GCP_CONTAINER_ID = "32b6e34b3d91647abb20e7ba";

  private SeedData() {}

  /**
   * Returns the seeded AWS peering connection, as the API returns it.
   *
   * @return a new node on every call
   */
  public static ObjectNode awsConnection() {
    ObjectNode node = Json.object();
    node.put("containerId", AWS_CONTAINER_ID);
    node.put("id", AWS_PEER_ID);
    node.put("providerName", "AWS");
    node.put("accepterRegionName", "us-east-1");
    node.put("awsAccountId", "123456789012");
    node.put("connectionId", "pcx-0a1b2c3d4e5f60718");
    node.put("routeTableCidrBlock", "10.15.0.0/24");
    node.put("statusName", "AVAILABLE");
    node.put("vpcId", "vpc-0a1b2c3d4e5f60718");
    return node;
  }

  /**
   * Returns the seeded AZURE peering connection, as the API returns it.
   *
   * @return a new node on every call
   */
  public static ObjectNode azureConnection() {
    ObjectNode node = Json.object();
    node.put("containerId", AZURE_CONTAINER_ID);
    node.put("id", AZURE_PEER_ID);
    node.put("providerName", "AZURE");
    node.put("azureDirectoryId", "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3");
    node.put("azureSubscriptionId", "9a8b7c6d-5e4f-4321-8765-43210fedcba9");
    node.put("resourceGroupName", "atlas-peering-rg");
    node.put("status", "AVAILABLE");
    node.put("vnetName", "app-vnet-eastus2");
    return node;
  }

  /**
   * Returns the seeded GCP peering connection, as the API returns it.
   *
   * @return a new node on every call
   */
  public static ObjectNode gcpConnection() {
    ObjectNode node = Json.object();
    node.put("containerId", GCP_CONTAINER_ID);
    node.put("id", GCP_PEER_ID);
    node.put("providerName", "GCP");
    node.put("gcpProjectId", "my-gcp-project-42");
    node.put("networkName", "app-network");
    node.put("status", "AVAILABLE");
    return node;
  }

  /**
   * Returns all three seeded peering connections.
   *
   * @return new nodes: AWS, AZURE, GCP
   */
  public static List<ObjectNode> connections() {
    return List.of(awsConnection(), azureConnection(), gcpConnection());
  }

  /**
   * Returns the three seeded network containers ({@code id}, {@code providerName}, {@code
   * atlasCidrBlock}, region and {@code provisioned}, as the Atlas containers API shows them).
   *
   * @return new nodes: AWS, AZURE, GCP
   */
  public static List<ObjectNode> containers() {
    ObjectNode aws = container(AWS_CONTAINER_ID, "AWS", "10.8.0.0/21");
    aws.put("regionName", "US_EAST_1");
    ObjectNode azure = container(AZURE_CONTAINER_ID, "AZURE", "192.168.0.0/21");
    azure.put("region", "US_EAST_2");
    ObjectNode gcp = container(GCP_CONTAINER_ID, "GCP", "10.0.0.0/18");
    return List.of(aws, azure, gcp);
  }

  private static ObjectNode container(String id, String provider, String cidr) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("providerName", provider);
    node.put("atlasCidrBlock", cidr);
    node.put("provisioned", true);
    return node;
  }
}
