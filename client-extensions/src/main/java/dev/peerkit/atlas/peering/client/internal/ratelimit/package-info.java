/**
 * The opt-in adaptive rate limiter: a client-side model of Atlas's token bucket, fed by {@code
 * RateLimit-*} headers and 429 {@code parameters}, installed as a Feign {@code Client} decorator by
 * {@code AtlasCapability}.
 */
package dev.peerkit.atlas.peering.client.internal.ratelimit;
