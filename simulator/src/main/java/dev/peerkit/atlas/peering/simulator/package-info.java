/**
 * A local MongoDB Atlas Admin API for {@code PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}}:
 * start an {@link dev.peerkit.atlas.peering.simulator.AtlasSimulator}, or register {@link
 * dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension} in a JUnit 5 test. The sub-packages
 * {@code store} and {@code fault} are public API too; {@code auth}, {@code endpoint} and {@code
 * http} are internal.
 */
package dev.peerkit.atlas.peering.simulator;
