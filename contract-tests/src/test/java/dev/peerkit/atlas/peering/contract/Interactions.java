package dev.peerkit.atlas.peering.contract;

import java.util.List;

/**
 * The description of every interaction of the pact: the consumer tests name their interactions
 * with these, and {@code PactFileIT} fails the build when the written pact does not hold exactly
 * {@link #ALL}.
 */
public final class Interactions {

  /** The OAuth 2.0 client-credentials token request every service-account client starts with. */
  public static final String TOKEN =
      "POST /api/oauth/token with HTTP Basic and grant_type=client_credentials: 200 with a Bearer access_token and expires_in";

  public static final String UPDATE_AWS =
      "PATCH of an AWS peer with every AWS field: 200 with the AWS peering connection, connectionId and statusName";
  public static final String UPDATE_AZURE =
      "PATCH of an AZURE peer with every AZURE field: 200 with the AZURE peering connection and status";
  public static final String UPDATE_GCP =
      "PATCH of a GCP peer with every GCP field: 200 with the GCP peering connection and status";
  public static final String UPDATE_AWS_ENVELOPE =
      "PATCH of an AWS peer with envelope=true: 200 with {status: 200, content: the AWS peering connection}";
  public static final String UPDATE_AZURE_ENVELOPE =
      "PATCH of an AZURE peer with envelope=true: 200 with {status: 200, content: the AZURE peering connection}";
  public static final String UPDATE_GCP_ENVELOPE =
      "PATCH of a GCP peer with envelope=true: 200 with {status: 200, content: the GCP peering connection}";
  public static final String UPDATE_AWS_PRETTY =
      "PATCH of an AWS peer with pretty=true: 200 with the AWS peering connection";

  public static final String INVALID_VPC_ID =
      "PATCH with a vpcId that breaks ^vpc-[0-9a-f]{17}$: 400 VALIDATION_ERROR naming vpcId in badRequestDetail";
  public static final String REVOKED_TOKEN =
      "PATCH with a revoked access token: 401 ApiError";
  public static final String NOT_PROJECT_OWNER =
      "PATCH by a caller without Project Owner: 403 ApiError";
  public static final String UNKNOWN_PEER =
      "PATCH of a peer that does not exist: 404 ApiError RESOURCE_NOT_FOUND";
  public static final String PEER_BEING_DELETED =
      "PATCH of an AWS peer being deleted: 409 ApiError";
  public static final String RATE_LIMITED =
      "PATCH while the rate limit is exhausted: 429 ApiError with Retry-After in seconds";
  public static final String SERVER_ERROR =
      "PATCH that fails inside Atlas: 500 ApiError UNEXPECTED_ERROR";

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
