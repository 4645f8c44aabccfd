package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.Examples.AWS_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GROUP_ID;
import static dev.peerkit.atlas.peering.contract.Examples.MISSING_PEER_ID;

import java.util.Map;

/**
 * Provider states, named as a provider implements them: each names the data it needs. The
 * consumer tests ({@code given(...)}) and the provider's state handlers use these constants, so a
 * renamed state breaks the build instead of silently running without setup. States that name a
 * peer carry its ids as parameters ({@code groupId}, {@code peerId}, {@code containerId}), not in
 * their names: the ids are read from the spec's examples, and state names must be constants.
 */
public final class ProviderStates {

  /** An AWS peer (its container too) exists. Parameters: {@link #awsPeer()}. */
  public static final String AWS_PEER_EXISTS = "an AWS peering connection exists in the project";
  /** An AZURE peer exists. Parameters: {@link #azurePeer()}. */
  public static final String AZURE_PEER_EXISTS = "an AZURE peering connection exists in the project";
  /** A GCP peer exists. Parameters: {@link #gcpPeer()}. */
  public static final String GCP_PEER_EXISTS = "a GCP peering connection exists in the project";
  /** No peer with this id. Parameters: {@link #missingPeer()}. */
  public static final String PEER_DOES_NOT_EXIST = "no peering connection with this id exists in the project";
  /** The AWS peer is being deleted (AWS {@code statusName} {@code TERMINATING}). */
  public static final String AWS_PEER_BEING_DELETED = "the AWS peering connection is being deleted";
  /** The bearer token the request carries has been revoked. */
  public static final String ACCESS_TOKEN_REVOKED = "the service account's access token has been revoked";
  /** The service account may use the API but is not Project Owner of the project (the demo project). */
  public static final String NOT_PROJECT_OWNER = "the service account is not Project Owner of the project";
  /** The token bucket of the endpoint is empty: the next request gets 429 with Retry-After 55. */
  public static final String RATE_LIMIT_EXHAUSTED =
      "the rate limit of the peering endpoint is exhausted for 55 seconds";
  /** The next request fails inside Atlas. */
  public static final String UNEXPECTED_SERVER_ERROR = "Atlas fails the next request with an unexpected error";

  /** Names of the parameters of the states that name a peer. */
  public static final String GROUP_ID_PARAM = "groupId";
  public static final String PEER_ID_PARAM = "peerId";
  public static final String CONTAINER_ID_PARAM = "containerId";

  private ProviderStates() {}

  /** @return the parameters of {@link #AWS_PEER_EXISTS} and {@link #AWS_PEER_BEING_DELETED} */
  public static Map<String, Object> awsPeer() {
    return peer(AWS_PEER_ID, AWS_CONTAINER_ID);
  }

  /** @return the parameters of {@link #AZURE_PEER_EXISTS} */
  public static Map<String, Object> azurePeer() {
    return peer(AZURE_PEER_ID, AZURE_CONTAINER_ID);
  }

  /** @return the parameters of {@link #GCP_PEER_EXISTS} */
  public static Map<String, Object> gcpPeer() {
    return peer(GCP_PEER_ID, GCP_CONTAINER_ID);
  }

  /** @return the parameters of {@link #PEER_DOES_NOT_EXIST} */
  public static Map<String, Object> missingPeer() {
    return peer(MISSING_PEER_ID, AWS_CONTAINER_ID);
  }

  private static Map<String, Object> peer(String peerId, String containerId) {
    return Map.of(GROUP_ID_PARAM, GROUP_ID, PEER_ID_PARAM, peerId, CONTAINER_ID_PARAM, containerId);
  }
}
