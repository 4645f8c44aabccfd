package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared test fixtures, all read from the examples of the OpenAPI document: the other modules get
 * them through this module's test-jar ({@code atlas-peering-spec}, type {@code test-jar}) instead
 * of retyping ids and bodies.
 */
public final class SpecFixtures {

  /** The project (group) id: the {@code groupId} parameter example. */
  public static final String GROUP_ID = AtlasPeeringSpec.parameterExample("groupId");
  /** The AWS peering connection: {@code id} of the AWS response example. */
  public static final String AWS_PEER_ID = response("AWS").path("id").asText();
  /** The AZURE peering connection. */
  public static final String AZURE_PEER_ID = response("AZURE").path("id").asText();
  /** The GCP peering connection. */
  public static final String GCP_PEER_ID = response("GCP").path("id").asText();

  private SpecFixtures() {}

  /**
   * @param provider AWS, AZURE or GCP
   * @return a new copy of the request example
   */
  public static ObjectNode request(String provider) {
    return AtlasPeeringSpec.requestExample(provider);
  }

  /**
   * @param provider AWS, AZURE or GCP
   * @return the request example as compact JSON text
   */
  public static String requestJson(String provider) {
    return request(provider).toString();
  }

  /**
   * @param provider AWS, AZURE or GCP
   * @return a new copy of the 200 response example
   */
  public static ObjectNode response(String provider) {
    return AtlasPeeringSpec.responseExample(provider);
  }

  /**
   * @param provider AWS, AZURE or GCP
   * @param field a field of the request example
   * @return its text
   */
  public static String requestValue(String provider, String field) {
    return request(provider).path(field).asText();
  }
}
