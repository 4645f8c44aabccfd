package dev.peerkit.atlas.peering.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.Json;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.util.List;

/**
 * The demo project every simulator starts with: one AWS, one AZURE and one GCP peering connection,
 * each in its own network container. Ids and field values are read from the examples of the
 * OpenAPI document ({@link AtlasPeeringSpec}), so the spec's example requests succeed against a
 * fresh simulator and answer with the spec's example responses.
 *
 * <p>Seeded connections start {@code AVAILABLE} (AWS {@code statusName}, AZURE and GCP {@code
 * status}); an update moves them on, see {@link AtlasSimulator}.
 */
public final class SeedData {

  /** The demo project (group) id: the spec's {@code groupId} example. */
  public static final String GROUP_ID = AtlasPeeringSpec.parameterExample("groupId");

  /** Id of the seeded AWS peering connection: the spec's AWS response example {@code id}. */
  public static final String AWS_PEER_ID = example("AWS", "id");

  /** Id of the seeded AZURE peering connection: the spec's AZURE response example {@code id}. */
  public static final String AZURE_PEER_ID = example("AZURE", "id");

  /** Id of the seeded GCP peering connection: the spec's GCP response example {@code id}. */
  public static final String GCP_PEER_ID = example("GCP", "id");

  /** Id of the AWS network container (the spec examples reuse the project id). */
  public static final String AWS_CONTAINER_ID = example("AWS", "containerId");

  /** Id of the AZURE network container. */
  public static final String AZURE_CONTAINER_ID = example("AZURE", "containerId");

  /** Id of the GCP network container. */
  public static final String GCP_CONTAINER_ID = example("GCP", "containerId");

  private SeedData() {}

  private static String example(String provider, String field) {
    return AtlasPeeringSpec.responseExample(provider).path(field).asText();
  }

  /** The spec's response example of a provider, settled: {@code AVAILABLE}. */
  private static ObjectNode seeded(String provider, String statusField) {
    ObjectNode node = AtlasPeeringSpec.responseExample(provider);
    node.put(statusField, "AVAILABLE");
    return node;
  }

  /**
   * Returns the seeded AWS peering connection, as the API returns it.
   *
   * @return a new node on every call
   */
  public static ObjectNode awsConnection() {
    return seeded("AWS", "statusName");
  }

  /**
   * Returns the seeded AZURE peering connection, as the API returns it.
   *
   * @return a new node on every call
   */
  public static ObjectNode azureConnection() {
    return seeded("AZURE", "status");
  }

  /**
   * Returns the seeded GCP peering connection, as the API returns it.
   *
   * @return a new node on every call
   */
  public static ObjectNode gcpConnection() {
    return seeded("GCP", "status");
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
