package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;

/**
 * One call of {@code PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}}
 * (operationId {@code updatePeeringConnection}).
 *
 * @param groupId the project id: 24 hexadecimal digits, {@code ^([a-f0-9]{24})$}
 * @param peerId the peering connection id: 24 hexadecimal digits, {@code ^([a-f0-9]{24})$}
 * @param body the update: an {@code AwsPeeringConnectionUpdate}, {@code
 *     AzurePeeringConnectionUpdate} or {@code GcpPeeringConnectionUpdate}; {@code providerName}
 *     is written from its class
 * @param envelope ask Atlas to wrap the answer as {@code {"status":..,"content":..}}; the client
 *     unwraps it, so the result is the same type either way
 * @param pretty ask Atlas to indent the JSON answer
 */
public record UpdatePeeringConnectionRequest(String groupId, String peerId,
    PeeringConnectionUpdate body, boolean envelope, boolean pretty) {

  /**
   * @param groupId the project id
   * @param peerId the peering connection id
   * @param body the update
   * @return a request without {@code envelope} or {@code pretty}
   */
  public static UpdatePeeringConnectionRequest of(String groupId, String peerId, PeeringConnectionUpdate body) {
    return new UpdatePeeringConnectionRequest(groupId, peerId, body, false, false);
  }

  /**
   * @param envelope whether to ask for the envelope
   * @return a copy with that flag
   */
  public UpdatePeeringConnectionRequest withEnvelope(boolean envelope) {
    return new UpdatePeeringConnectionRequest(groupId, peerId, body, envelope, pretty);
  }

  /**
   * @param pretty whether to ask for indented JSON
   * @return a copy with that flag
   */
  public UpdatePeeringConnectionRequest withPretty(boolean pretty) {
    return new UpdatePeeringConnectionRequest(groupId, peerId, body, envelope, pretty);
  }
}
