package dev.peerkit.atlas.peering.client.transport;

/**
 * Told about every service-account token request ({@code POST {base}/api/oauth/token}, RFC 6749
 * section 4.4), for metrics. Called on the thread that fetched, after the answer was read; it
 * receives no token, secret or id. Set with {@code AtlasOptionsBuilder.onTokenFetch(...)}.
 */
@FunctionalInterface
public interface TokenFetchListener {

  /** How a token request ended. */
  enum Outcome {
    /** The endpoint issued a token. */
    SUCCESS,
    /** The endpoint answered, but with an error or without a token ({@code OAuthTokenException}). */
    REFUSED,
    /** The endpoint was not reached or did not answer ({@code OAuthTokenException}). */
    UNREACHABLE
  }

  /**
   * @param outcome how the token request ended
   */
  void tokenFetched(Outcome outcome);
}
