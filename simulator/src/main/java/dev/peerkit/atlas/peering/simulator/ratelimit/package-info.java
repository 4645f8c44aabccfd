/**
 * Atlas's documented rate limiting: a token bucket per endpoint set and project, with {@code
 * RateLimit-Limit}/{@code RateLimit-Remaining} headers and 429 {@code RATE_LIMITED_TOKEN_BUCKET}
 * answers computed from the bucket. Configure it with {@link
 * dev.peerkit.atlas.peering.simulator.AtlasSimulator.Builder#rateLimit(TokenBucketPolicy)}.
 */
package dev.peerkit.atlas.peering.simulator.ratelimit;
