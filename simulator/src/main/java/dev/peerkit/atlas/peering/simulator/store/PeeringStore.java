package dev.peerkit.atlas.peering.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Thread-safe in-memory store of network peering connections and network containers, each kept as a
 * Jackson {@link ObjectNode} in the shape the API returns (the spec's {@code PeeringConnection},
 * read-only fields included).
 *
 * <p>Every method copies: nodes passed in are copied before they are stored, and nodes returned are
 * copies, so callers can never change stored state by accident. A new store holds {@link SeedData}.
 */
public final class PeeringStore {

  private record Key(String groupId, String id) {
    Key {
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(id, "id");
    }
  }

  private final Map<Key, ObjectNode> connections = new ConcurrentHashMap<>();
  private final Map<Key, ObjectNode> containers = new ConcurrentHashMap<>();

  /** Creates a store holding the seed data. */
  public PeeringStore() {
    reset();
  }

  /**
   * Stores a peering connection, replacing any with the same ids. The stored copy's {@code id}
   * field is set to {@code peerId}.
   *
   * @param groupId the project (group) id, 24 hex digits
   * @param peerId the peering connection id, 24 hex digits
   * @param connection the connection as the API returns it
   * @throws NullPointerException if an argument is {@code null}
   */
  public void putConnection(String groupId, String peerId, ObjectNode connection) {
    ObjectNode copy = connection.deepCopy();
    copy.put("id", peerId);
    connections.put(new Key(groupId, peerId), copy);
  }

  /**
   * Returns a copy of a stored peering connection.
   *
   * @param groupId the project (group) id
   * @param peerId the peering connection id
   * @return the connection, or empty if there is none with these ids
   */
  public Optional<ObjectNode> getConnection(String groupId, String peerId) {
    return Optional.ofNullable(connections.get(new Key(groupId, peerId))).map(ObjectNode::deepCopy);
  }

  /**
   * Removes a peering connection.
   *
   * @param groupId the project (group) id
   * @param peerId the peering connection id
   * @return the removed connection, or empty if there was none
   */
  public Optional<ObjectNode> removeConnection(String groupId, String peerId) {
    return Optional.ofNullable(connections.remove(new Key(groupId, peerId)));
  }

  /**
   * Atomically changes a stored peering connection. {@code change} gets a copy and returns the new
   * state; if it throws, nothing is stored and the exception propagates.
   *
   * @param groupId the project (group) id
   * @param peerId the peering connection id
   * @param change computes the new state from a copy of the current one
   * @return a copy of the new state, or empty if there is no such connection
   */
  public Optional<ObjectNode> updateConnection(
      String groupId, String peerId, UnaryOperator<ObjectNode> change) {
    ObjectNode updated =
        connections.computeIfPresent(
            new Key(groupId, peerId),
            (key, current) -> change.apply(current.deepCopy()).deepCopy());
    return Optional.ofNullable(updated).map(ObjectNode::deepCopy);
  }

  /**
   * Stores a network container, replacing any with the same ids. The stored copy's {@code id} field
   * is set to {@code containerId}.
   *
   * @param groupId the project (group) id
   * @param containerId the container id, 24 hex digits
   * @param container the container, e.g. {@code {"providerName":"AWS","atlasCidrBlock":...}}
   */
  public void putContainer(String groupId, String containerId, ObjectNode container) {
    ObjectNode copy = container.deepCopy();
    copy.put("id", containerId);
    containers.put(new Key(groupId, containerId), copy);
  }

  /**
   * Returns a copy of a stored network container.
   *
   * @param groupId the project (group) id
   * @param containerId the container id
   * @return the container, or empty if there is none with these ids
   */
  public Optional<ObjectNode> getContainer(String groupId, String containerId) {
    return Optional.ofNullable(containers.get(new Key(groupId, containerId)))
        .map(ObjectNode::deepCopy);
  }

  /**
   * Removes a network container (its peering connections stay).
   *
   * @param groupId the project (group) id
   * @param containerId the container id
   * @return the removed container, or empty if there was none
   */
  public Optional<ObjectNode> removeContainer(String groupId, String containerId) {
    return Optional.ofNullable(containers.remove(new Key(groupId, containerId)));
  }

  /**
   * Drops all state and loads {@link SeedData} again: one AWS, one AZURE and one GCP peering
   * connection with their containers, in project {@link SeedData#GROUP_ID}.
   */
  public synchronized void reset() {
    connections.clear();
    containers.clear();
    for (ObjectNode container : SeedData.containers()) {
      putContainer(SeedData.GROUP_ID, container.get("id").asText(), container);
    }
    for (ObjectNode connection : SeedData.connections()) {
      putConnection(SeedData.GROUP_ID, connection.get("id").asText(), connection);
    }
  }
}
