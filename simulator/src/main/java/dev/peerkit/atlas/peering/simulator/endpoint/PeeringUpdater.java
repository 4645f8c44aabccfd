package dev.peerkit.atlas.peering.simulator.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;
import dev.peerkit.atlas.peering.simulator.store.PeeringStore;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The update rules of the endpoint, applied to a spec-valid body:
 *
 * <ul>
 *   <li>the peer must exist in the project, else 404 {@code RESOURCE_NOT_FOUND};
 *   <li>the body's {@code providerName} (AWS when absent, as Atlas assumes) must be the stored
 *       peer's, else 400 {@code INVALID_ATTRIBUTE}: a peer never changes provider silently;
 *   <li>a peer being deleted (AWS {@code statusName} {@code TERMINATING}, AZURE/GCP {@code status}
 *       {@code DELETING}) cannot be updated: 409 {@code PEER_ALREADY_REQUESTED_DELETION};
 *   <li>{@code containerId} must name a container of the project (else 404) and the peer's own
 *       container (else 400 {@code INVALID_ATTRIBUTE}): peers do not move between containers;
 *   <li>the body's fields are merged into the stored peer, and its status moves on as in Atlas: AWS
 *       {@code statusName} to {@code PENDING_ACCEPTANCE} (a {@code pcx-...} connection id is made
 *       up if there is none), AZURE and GCP {@code status} to {@code ADDING_PEER}; error fields of
 *       the previous attempt are dropped.
 * </ul>
 */
public final class PeeringUpdater {

  private final PeeringStore store;

  /**
   * Creates the updater.
   *
   * @param store where peers live
   */
  public PeeringUpdater(PeeringStore store) {
    this.store = store;
  }

  /**
   * Applies an update.
   *
   * @param groupId the project id from the path
   * @param peerId the peer id from the path
   * @param body the validated request body
   * @return the full stored peer after the update, read-only fields included
   * @throws ApiException 404 or 400 as described on the class
   */
  public ObjectNode update(String groupId, String peerId, ObjectNode body) {
    return store
        .updateConnection(groupId, peerId, current -> apply(groupId, peerId, current, body))
        .orElseThrow(
            () ->
                new ApiException(
                    ApiErrors.of(
                        404,
                        "RESOURCE_NOT_FOUND",
                        "Cannot find resource peer " + peerId + " in group " + groupId + ".",
                        peerId,
                        groupId)));
  }

  private ObjectNode apply(String groupId, String peerId, ObjectNode current, ObjectNode body) {
    String provider = providerOf(current);
    String requested = providerOf(body);
    if (!provider.equals(requested)) {
      throw invalidAttribute(
          "Invalid attribute providerName: peer "
              + peerId
              + " in group "
              + groupId
              + (provider.startsWith("A") ? " is an " : " is a ")
              + provider
              + " peering connection, not "
              + requested
              + (body.has("providerName") ? "." : " (a request without providerName is taken as AWS)."),
          "providerName",
          requested);
    }
    if (current.path("statusName").asText().equals("TERMINATING")
        || current.path("status").asText().equals("DELETING")) {
      throw new ApiException(ApiErrors.of(409, "PEER_ALREADY_REQUESTED_DELETION",
          "The peer " + peerId + " is being deleted and cannot be updated.", peerId));
    }
    String containerId = body.path("containerId").asText();
    if (store.getContainer(groupId, containerId).isEmpty()) {
      throw new ApiException(
          ApiErrors.of(
              404,
              "RESOURCE_NOT_FOUND",
              "Cannot find resource container " + containerId + " in group " + groupId + ".",
              containerId,
              groupId));
    }
    if (!containerId.equals(current.path("containerId").asText())) {
      throw invalidAttribute(
          "Invalid attribute containerId: peer "
              + peerId
              + " belongs to container "
              + current.path("containerId").asText()
              + ", not "
              + containerId
              + ".",
          "containerId",
          containerId);
    }
    current.setAll(body);
    current.put("providerName", provider);
    moveStatus(current, provider);
    return current;
  }

  private static void moveStatus(ObjectNode peer, String provider) {
    switch (provider) {
      case "AWS" -> {
        peer.put("statusName", "PENDING_ACCEPTANCE");
        peer.remove("errorStateName");
        if (!peer.hasNonNull("connectionId")) {
          peer.put("connectionId", newConnectionId());
        }
      }
      case "AZURE" -> {
        peer.put("status", "ADDING_PEER");
        peer.remove("errorState");
      }
      default -> {
        peer.put("status", "ADDING_PEER");
        peer.remove("errorMessage");
      }
    }
  }

  /** Atlas omits providerName for some AWS peers and assumes AWS for requests without one. */
  private static String providerOf(ObjectNode node) {
    return node.hasNonNull("providerName") ? node.get("providerName").asText() : "AWS";
  }

  /** An AWS VPC peering connection id: {@code pcx-} and 17 hex digits. */
  private static String newConnectionId() {
    byte[] bytes = new byte[9];
    ThreadLocalRandom.current().nextBytes(bytes);
    return "pcx-" + HexFormat.of().formatHex(bytes).substring(0, 17);
  }

  private static ApiException invalidAttribute(String detail, String field, String value) {
    return new ApiException(ApiErrors.of(400, "INVALID_ATTRIBUTE", detail, field, value));
  }
}
