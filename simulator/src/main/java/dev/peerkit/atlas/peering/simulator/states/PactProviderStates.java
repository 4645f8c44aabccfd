package dev.peerkit.atlas.peering.simulator.states;

import java.util.List;

/**
 * The provider states the simulator can be put into, as Pact names them in an interaction's {@code
 * providerStates}, and the names of their parameters. Consumer contracts use these names; a
 * verifier asks for them at {@link #PATH} (see {@link ProviderStateEndpoint}).
 */
public final class PactProviderStates {

  /** The path of the state change endpoint: {@value}. */
  public static final String PATH = "/_pact/provider-states";

  /**
   * An AWS peering connection (and its network container) exists. Parameters {@link #GROUP_ID},
   * {@link #PEER_ID}, {@link #CONTAINER_ID}; the other fields are the seed data's.
   */
  public static final String AWS_PEER_EXISTS = "an AWS peering connection exists";

  /** An AZURE peering connection exists. Parameters as {@link #AWS_PEER_EXISTS}. */
  public static final String AZURE_PEER_EXISTS = "an AZURE peering connection exists";

  /** A GCP peering connection exists. Parameters as {@link #AWS_PEER_EXISTS}. */
  public static final String GCP_PEER_EXISTS = "a GCP peering connection exists";

  /** No peering connection with this id exists. Parameters {@link #GROUP_ID}, {@link #PEER_ID}. */
  public static final String PEER_DOES_NOT_EXIST = "no peering connection exists with this id";

  /**
   * An AWS peering connection is being deleted ({@code statusName} {@code TERMINATING}), so updates
   * get 409. Parameters as {@link #AWS_PEER_EXISTS}.
   */
  public static final String AWS_PEER_BEING_DELETED = "an AWS peering connection is being deleted";

  /**
   * A service account exists besides the demo one. Parameters {@link #CLIENT_ID}, {@link
   * #CLIENT_SECRET}.
   */
  public static final String SERVICE_ACCOUNT_EXISTS = "a service account exists";

  /**
   * The service account holds a live access token with this value. Parameter {@link
   * #ACCESS_TOKEN}.
   */
  public static final String ACCESS_TOKEN_VALID = "the service account holds a valid access token";

  /** The access token with this value has been revoked. Parameter {@link #ACCESS_TOKEN}. */
  public static final String ACCESS_TOKEN_REVOKED = "the access token has been revoked";

  /**
   * The caller does not hold the Project Owner role in the project, so updates get 403. Parameter
   * {@link #GROUP_ID}.
   */
  public static final String NOT_PROJECT_OWNER = "the caller is not Project Owner of the project";

  /**
   * The rate limit of the peering endpoint is exhausted: the next request gets 429. Parameter
   * {@link #RETRY_AFTER_SECONDS}, its {@code Retry-After}.
   */
  public static final String RATE_LIMIT_EXHAUSTED = "the rate limit of the peering endpoint is exhausted";

  /** The next request fails inside Atlas with 500 {@code UNEXPECTED_ERROR}. No parameters. */
  public static final String UNEXPECTED_SERVER_ERROR = "Atlas fails the next request with an unexpected error";

  /** Parameter: the project id (24 hexadecimal digits). */
  public static final String GROUP_ID = "groupId";

  /** Parameter: the peering connection id (24 hexadecimal digits). */
  public static final String PEER_ID = "peerId";

  /** Parameter: the network container id (24 hexadecimal digits). */
  public static final String CONTAINER_ID = "containerId";

  /** Parameter: a service account's client id. */
  public static final String CLIENT_ID = "clientId";

  /** Parameter: a service account's client secret (a made-up value of a contract). */
  public static final String CLIENT_SECRET = "clientSecret";

  /** Parameter: an access token (a made-up value of a contract). */
  public static final String ACCESS_TOKEN = "accessToken";

  /** Parameter: whole seconds, a number or a numeric string. */
  public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

  private PactProviderStates() {}

  /**
   * Returns every state name the endpoint knows.
   *
   * @return the names, in the order declared here
   */
  public static List<String> all() {
    return List.of(
        AWS_PEER_EXISTS,
        AZURE_PEER_EXISTS,
        GCP_PEER_EXISTS,
        PEER_DOES_NOT_EXIST,
        AWS_PEER_BEING_DELETED,
        SERVICE_ACCOUNT_EXISTS,
        ACCESS_TOKEN_VALID,
        ACCESS_TOKEN_REVOKED,
        NOT_PROJECT_OWNER,
        RATE_LIMIT_EXHAUSTED,
        UNEXPECTED_SERVER_ERROR);
  }
}
