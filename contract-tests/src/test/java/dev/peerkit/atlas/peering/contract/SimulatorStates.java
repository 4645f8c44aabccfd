package dev.peerkit.atlas.peering.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.store.PeeringStore;
import java.time.Duration;
import java.util.Map;

/**
 * Puts the simulator into the provider states of the pact, through its public API: the store for
 * data, the fault queue for Atlas's own failures.
 */
final class SimulatorStates {

  private final AtlasSimulator atlas;

  SimulatorStates(AtlasSimulator atlas) {
    this.atlas = atlas;
  }

  /**
   * Stores a peer (and its network container) under the state's ids.
   *
   * @param params the state's {@code groupId}, {@code peerId} and {@code containerId}
   * @param peer the peer's fields, e.g. {@link SeedData#awsConnection()}
   */
  void peerExists(Map<String, Object> params, ObjectNode peer) {
    String groupId = param(params, ProviderStates.GROUP_ID_PARAM);
    String containerId = param(params, ProviderStates.CONTAINER_ID_PARAM);
    PeeringStore store = atlas.store();
    if (store.getContainer(groupId, containerId).isEmpty()) {
      ObjectNode container = peer.objectNode();
      container.put("providerName", peer.path("providerName").asText());
      container.put("provisioned", true);
      store.putContainer(groupId, containerId, container);
    }
    peer.put("containerId", containerId);
    store.putConnection(groupId, param(params, ProviderStates.PEER_ID_PARAM), peer);
  }

  /** @param params the state's {@code groupId} and {@code peerId} */
  void peerDoesNotExist(Map<String, Object> params) {
    atlas.store().removeConnection(param(params, ProviderStates.GROUP_ID_PARAM),
        param(params, ProviderStates.PEER_ID_PARAM));
  }

  /** @param retryAfter the {@code Retry-After} of the next request's 429 */
  void rateLimitExhausted(Duration retryAfter) {
    atlas.faults().rateLimited(1, retryAfter);
  }

  /** The next request fails with 500 {@code UNEXPECTED_ERROR}. */
  void nextRequestFails() {
    atlas.faults().serverError(1);
  }

  private static String param(Map<String, Object> params, String name) {
    Object value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the provider state has no parameter " + name + ": " + params);
    }
    return value.toString();
  }
}
