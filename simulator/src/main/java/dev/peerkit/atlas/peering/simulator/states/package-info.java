/**
 * Provider states over HTTP, in Pact's convention, for Pact verifiers of any language: {@code POST
 * /_pact/provider-states} with {@code {"state", "params", "action": "setup"|"teardown"}}. Off by
 * default; {@code AtlasSimulator.builder().providerStates(true)} or {@code atlas-peering simulator
 * --provider-states} turns it on. {@link dev.peerkit.atlas.peering.simulator.states.PactProviderStates}
 * names the states and their parameters.
 */
package dev.peerkit.atlas.peering.simulator.states;
