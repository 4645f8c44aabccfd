/**
 * Internal HTTP plumbing of the simulator: JSON writing, Atlas {@code ApiError} bodies and the
 * Jetty error handler. Not part of the simulator's supported API; it may change without notice.
 */
package dev.peerkit.atlas.peering.simulator.http;
