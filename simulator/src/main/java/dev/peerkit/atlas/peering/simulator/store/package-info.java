/**
 * The simulator's in-memory state: network peering connections and network containers, keyed by
 * project (group) id. Use {@link dev.peerkit.atlas.peering.simulator.store.PeeringStore} to seed
 * and inspect state from tests.
 */
package dev.peerkit.atlas.peering.simulator.store;
