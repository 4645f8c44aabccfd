package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.Examples.AWS_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GROUP_ID;
import static dev.peerkit.atlas.peering.contract.Examples.MISSING_PEER_ID;

import dev.peerkit.atlas.peering.simulator.states.PactProviderStates;
import java.util.Map;

/**
 * The provider states of the pact, named as the provider implements them ({@link
 * PactProviderStates}, which the simulator serves at its state change endpoint), with the
 * parameters this contract gives them. Every value a state needs travels as a parameter, so any Pact
 * verifier can set the state up over HTTP. The credentials are the consumer tests' made-up ones:
 * states make the provider accept them, so verification replays the pact unchanged.
 */
public final class ProviderStates {

  /** An AWS peer (its container too) exists. Parameters: {@link #awsPeer()}. */
  public static final String AWS_PEER_EXISTS = PactProviderStates.AWS_PEER_EXISTS;
  /** An AZURE peer exists. Parameters: {@link #azurePeer()}. */
  public static final String AZURE_PEER_EXISTS = PactProviderStates.AZURE_PEER_EXISTS;
  /** A GCP peer exists. Parameters: {@link #gcpPeer()}. */
  public static final String GCP_PEER_EXISTS = PactProviderStates.GCP_PEER_EXISTS;
  /** No peer with this id. Parameters: {@link #missingPeer()}. */
  public static final String PEER_DOES_NOT_EXIST = PactProviderStates.PEER_DOES_NOT_EXIST;
  /** The AWS peer is being deleted (AWS {@code statusName} {@code TERMINATING}). Parameters: {@link #awsPeer()}. */
  public static final String AWS_PEER_BEING_DELETED = PactProviderStates.AWS_PEER_BEING_DELETED;
  /** The consumer tests' service account exists. Parameters: {@link #serviceAccount()}. */
  public static final String SERVICE_ACCOUNT_EXISTS = PactProviderStates.SERVICE_ACCOUNT_EXISTS;
  /** The access token the requests carry is live. Parameters: {@link #accessToken()}. */
  public static final String ACCESS_TOKEN_VALID = PactProviderStates.ACCESS_TOKEN_VALID;
  /** The access token the request carries has been revoked. Parameters: {@link #accessToken()}. */
  public static final String ACCESS_TOKEN_REVOKED = PactProviderStates.ACCESS_TOKEN_REVOKED;
  /** The caller is not Project Owner of the project. Parameters: {@link #project()}. */
  public static final String NOT_PROJECT_OWNER = PactProviderStates.NOT_PROJECT_OWNER;
  /** The next request gets 429. Parameters: {@link #retryAfter()}. */
  public static final String RATE_LIMIT_EXHAUSTED = PactProviderStates.RATE_LIMIT_EXHAUSTED;
  /** The next request fails inside Atlas. No parameters. */
  public static final String UNEXPECTED_SERVER_ERROR = PactProviderStates.UNEXPECTED_SERVER_ERROR;

  /** The {@code Retry-After} the rate-limited interaction pins, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 55;

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

  /** @return the parameters of {@link #SERVICE_ACCOUNT_EXISTS}: the made-up client id and secret */
  public static Map<String, Object> serviceAccount() {
    return Map.of(PactProviderStates.CLIENT_ID, Examples.CLIENT_ID,
        PactProviderStates.CLIENT_SECRET, Examples.CLIENT_SECRET);
  }

  /** @return the parameters of {@link #ACCESS_TOKEN_VALID} and {@link #ACCESS_TOKEN_REVOKED} */
  public static Map<String, Object> accessToken() {
    return Map.of(PactProviderStates.ACCESS_TOKEN, Examples.ACCESS_TOKEN);
  }

  /** @return the parameters of {@link #NOT_PROJECT_OWNER} */
  public static Map<String, Object> project() {
    return Map.of(PactProviderStates.GROUP_ID, GROUP_ID);
  }

  /** @return the parameters of {@link #RATE_LIMIT_EXHAUSTED} */
  public static Map<String, Object> retryAfter() {
    return Map.of(PactProviderStates.RETRY_AFTER_SECONDS, RETRY_AFTER_SECONDS);
  }

  private static Map<String, Object> peer(String peerId, String containerId) {
    return Map.of(PactProviderStates.GROUP_ID, GROUP_ID, PactProviderStates.PEER_ID, peerId,
        PactProviderStates.CONTAINER_ID, containerId);
  }
}
