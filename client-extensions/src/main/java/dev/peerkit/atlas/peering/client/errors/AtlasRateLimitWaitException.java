package dev.peerkit.atlas.peering.client.errors;

import java.time.Duration;

/**
 * The adaptive rate limiter did not send a request because the Atlas token bucket it has learned
 * would not have a token for it before the caller's deadline ({@link
 * dev.peerkit.atlas.peering.client.AtlasDeadline}, else the client's {@code rateLimitMaxWait}).
 * Nothing was sent; {@link #requiredWait()} says how long the request would have had to wait.
 */
public class AtlasRateLimitWaitException extends AtlasException {

  private static final long serialVersionUID = 1L;

  /** How long the request would have had to wait. */
  private final Duration requiredWait;
  /** How long the deadline allowed. */
  private final Duration allowedWait;

  /**
   * @param message what happened and what to do about it
   * @param requiredWait how long until the bucket has a token for this request
   * @param allowedWait how long the deadline allowed
   */
  public AtlasRateLimitWaitException(String message, Duration requiredWait, Duration allowedWait) {
    super(-1, message, null);
    this.requiredWait = requiredWait;
    this.allowedWait = allowedWait;
  }

  /** @return how long the request would have had to wait for a token */
  public Duration requiredWait() {
    return requiredWait;
  }

  /** @return how long the deadline allowed it to wait */
  public Duration allowedWait() {
    return allowedWait;
  }
}
