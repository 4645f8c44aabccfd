/**
 * Internal implementation of {@code PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}}: version
 * negotiation, spec validation, the update rules and response shaping. Not part of the simulator's
 * supported API; it may change without notice.
 */
package dev.peerkit.atlas.peering.simulator.endpoint;
