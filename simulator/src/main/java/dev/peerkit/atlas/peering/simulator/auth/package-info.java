/**
 * Internal authentication of the simulator: HTTP Digest for API keys through Jetty's own {@code
 * DigestAuthenticator}, and OAuth 2.0 client credentials for service accounts (token, revoke and
 * bearer checks). Not part of the simulator's supported API; it may change without notice.
 */
package dev.peerkit.atlas.peering.simulator.auth;
