package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.HEX24;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_ACCOUNT_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_CIDR;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_CONNECTION_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_REGION;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_VPC_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_DIRECTORY_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_RESOURCE_GROUP;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_SUBSCRIPTION_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AZURE_VNET;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_CONTAINER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_NETWORK;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GCP_PROJECT_ID;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import java.util.function.UnaryOperator;

/**
 * Request and response bodies of the interactions. Requests are pinned value by value: Pact
 * refuses unexpected keys in a request body, so a read-only field or a second provider's field
 * sent by the SDK fails the consumer test. Responses use matchers where Atlas's value varies (ids,
 * status, connection id) and exact values where Atlas echoes the request.
 */
public final class PactBodies {

  private static final String AWS_STATUS = "INITIATING|PENDING_ACCEPTANCE|FAILED|FINALIZING|AVAILABLE|TERMINATING";
  private static final String AZURE_STATUS = "ADDING_PEER|AVAILABLE|FAILED|DELETION_FAILED|DELETING";
  private static final String GCP_STATUS = "ADDING_PEER|WAITING_FOR_USER|AVAILABLE|FAILED|DELETING";
  /** The shape of an Atlas error code, for codes that differ between Atlas's answers. */
  public static final String ERROR_CODE = "[A-Z][A-Z0-9_]*";

  private PactBodies() {}

  /**
   * @param vpcId the vpcId to send
   * @return the full AWS update body
   */
  public static PactDslJsonBody awsUpdate(String vpcId) {
    return new PactDslJsonBody()
        .stringValue("containerId", AWS_CONTAINER_ID)
        .stringValue("providerName", "AWS")
        .stringValue("accepterRegionName", AWS_REGION)
        .stringValue("awsAccountId", AWS_ACCOUNT_ID)
        .stringValue("routeTableCidrBlock", AWS_CIDR)
        .stringValue("vpcId", vpcId);
  }

  /** @return the full AZURE update body */
  public static PactDslJsonBody azureUpdate() {
    return new PactDslJsonBody()
        .stringValue("containerId", AZURE_CONTAINER_ID)
        .stringValue("providerName", "AZURE")
        .stringValue("azureDirectoryId", AZURE_DIRECTORY_ID)
        .stringValue("azureSubscriptionId", AZURE_SUBSCRIPTION_ID)
        .stringValue("resourceGroupName", AZURE_RESOURCE_GROUP)
        .stringValue("vnetName", AZURE_VNET);
  }

  /** @return the full GCP update body */
  public static PactDslJsonBody gcpUpdate() {
    return new PactDslJsonBody()
        .stringValue("containerId", GCP_CONTAINER_ID)
        .stringValue("providerName", "GCP")
        .stringValue("gcpProjectId", GCP_PROJECT_ID)
        .stringValue("networkName", GCP_NETWORK);
  }

  /**
   * @param body the object to fill
   * @return the updated AWS peer, as Atlas answers it
   */
  public static PactDslJsonBody awsPeer(PactDslJsonBody body) {
    return body
        .stringMatcher("containerId", HEX24, AWS_CONTAINER_ID)
        .stringMatcher("id", HEX24, AWS_PEER_ID)
        .stringValue("providerName", "AWS")
        .stringValue("accepterRegionName", AWS_REGION)
        .stringValue("awsAccountId", AWS_ACCOUNT_ID)
        .stringMatcher("connectionId", "pcx-[0-9a-f]+", AWS_CONNECTION_ID)
        .stringValue("routeTableCidrBlock", AWS_CIDR)
        .stringMatcher("statusName", AWS_STATUS, "PENDING_ACCEPTANCE")
        .stringValue("vpcId", AWS_VPC_ID);
  }

  /**
   * @param body the object to fill
   * @return the updated AZURE peer, as Atlas answers it
   */
  public static PactDslJsonBody azurePeer(PactDslJsonBody body) {
    return body
        .stringMatcher("containerId", HEX24, AZURE_CONTAINER_ID)
        .stringMatcher("id", HEX24, AZURE_PEER_ID)
        .stringValue("providerName", "AZURE")
        .stringValue("azureDirectoryId", AZURE_DIRECTORY_ID)
        .stringValue("azureSubscriptionId", AZURE_SUBSCRIPTION_ID)
        .stringValue("resourceGroupName", AZURE_RESOURCE_GROUP)
        .stringMatcher("status", AZURE_STATUS, "ADDING_PEER")
        .stringValue("vnetName", AZURE_VNET);
  }

  /**
   * @param body the object to fill
   * @return the updated GCP peer, as Atlas answers it
   */
  public static PactDslJsonBody gcpPeer(PactDslJsonBody body) {
    return body
        .stringMatcher("containerId", HEX24, GCP_CONTAINER_ID)
        .stringMatcher("id", HEX24, GCP_PEER_ID)
        .stringValue("providerName", "GCP")
        .stringValue("gcpProjectId", GCP_PROJECT_ID)
        .stringValue("networkName", GCP_NETWORK)
        .stringMatcher("status", GCP_STATUS, "ADDING_PEER");
  }

  /**
   * The {@code envelope=true} answer: {@code {"status": 200, "content": <peer>}}.
   *
   * @param peer fills the content, e.g. {@code PactBodies::awsPeer}
   * @return the enveloped body
   */
  public static DslPart envelope(UnaryOperator<PactDslJsonBody> peer) {
    PactDslJsonBody content = new PactDslJsonBody().numberValue("status", 200).object("content");
    return peer.apply(content).closeObject();
  }

  /**
   * An ApiError with an exactly pinned {@code errorCode}.
   *
   * @param status the HTTP status, also the {@code error} field
   * @param errorCode the Atlas error code
   * @param detail an example {@code detail}; Atlas's text varies, so only its type is pinned
   * @return the body, to add fields to
   */
  public static PactDslJsonBody apiError(int status, String errorCode, String detail) {
    return new PactDslJsonBody()
        .numberValue("error", status)
        .stringValue("errorCode", errorCode)
        .stringType("reason", reason(status))
        .stringType("detail", detail);
  }

  /**
   * An ApiError whose {@code errorCode} differs between Atlas's answers of one status: it is pinned
   * by a regex, with this example.
   *
   * @param status the HTTP status
   * @param errorCodeRegex what Atlas may send, e.g. {@link #ERROR_CODE}
   * @param exampleErrorCode an example error code
   * @param detail an example {@code detail}
   * @return the body
   */
  public static PactDslJsonBody apiErrorMatching(int status, String errorCodeRegex, String exampleErrorCode,
      String detail) {
    return new PactDslJsonBody()
        .numberValue("error", status)
        .stringMatcher("errorCode", errorCodeRegex, exampleErrorCode)
        .stringType("reason", reason(status))
        .stringType("detail", detail);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      default -> "Internal Server Error";
    };
  }
}
