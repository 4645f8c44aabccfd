/**
 * Fault injection: make the next requests to the peering endpoint fail or slow down, so client
 * retry, back-off and timeout handling can be tested. Start from {@link
 * dev.peerkit.atlas.peering.simulator.AtlasSimulator#faults()}.
 */
package dev.peerkit.atlas.peering.simulator.fault;
