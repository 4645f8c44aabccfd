package dev.peerkit.atlas.peering.contract;

import java.util.List;

/**
 * The description of every interaction of the pact: the consumer tests name their interactions
 * with these, and {@code PactFileIT} fails the build when the written pact does not hold exactly
 * {@link #ALL}.
 */
public final class Interactions {

  /** The OAuth 2.0 client-credentials token request every service-account client starts with. */
  public static final String TOKEN = "a client-credentials token request of the service account";

  public static final String UPDATE_AWS = "an update of an AWS peering connection";
  public static final String UPDATE_AZURE = "an update of an AZURE peering connection";
  public static final String UPDATE_GCP = "an update of a GCP peering connection";
  public static final String UPDATE_AWS_ENVELOPE = "an update of an AWS peering connection with envelope=true";
  public static final String UPDATE_AZURE_ENVELOPE = "an update of an AZURE peering connection with envelope=true";
  public static final String UPDATE_GCP_ENVELOPE = "an update of a GCP peering connection with envelope=true";
  public static final String UPDATE_AWS_PRETTY = "an update of an AWS peering connection with pretty=true";

  public static final String INVALID_VPC_ID = "an update with a vpcId that breaks the spec's pattern";
  public static final String REVOKED_TOKEN = "an update with a revoked access token";
  public static final String NOT_PROJECT_OWNER = "an update by a service account that is not Project Owner";
  public static final String UNKNOWN_PEER = "an update of a peering connection that does not exist";
  public static final String PEER_BEING_DELETED = "an update of a peering connection that is being deleted";
  public static final String RATE_LIMITED = "an update while the rate limit is exhausted";
  public static final String SERVER_ERROR = "an update that fails inside Atlas";

  /** Every interaction the pact must hold, no more, no less. */
  public static final List<String> ALL = List.of(
      TOKEN,
      UPDATE_AWS, UPDATE_AZURE, UPDATE_GCP,
      UPDATE_AWS_ENVELOPE, UPDATE_AZURE_ENVELOPE, UPDATE_GCP_ENVELOPE,
      UPDATE_AWS_PRETTY,
      INVALID_VPC_ID, REVOKED_TOKEN, NOT_PROJECT_OWNER, UNKNOWN_PEER, PEER_BEING_DELETED,
      RATE_LIMITED, SERVER_ERROR);

  private Interactions() {}
}
