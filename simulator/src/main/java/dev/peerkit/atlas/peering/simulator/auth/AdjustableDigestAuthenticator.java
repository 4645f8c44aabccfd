package dev.peerkit.atlas.peering.simulator.auth;

import java.time.Duration;
import org.eclipse.jetty.security.authentication.DigestAuthenticator;

/**
 * Jetty's {@link DigestAuthenticator}, set to MD5 as Atlas uses ({@code qop="auth"} is Jetty's only
 * offer), with a nonce max age that may change while the server runs. Jetty keeps the age in a
 * plain field; this keeps it in a volatile one, so a test thread can shorten it to expire
 * outstanding nonces deterministically.
 *
 * <p>Everything else is Jetty's: a nonce older than the max age is answered 401 with {@code
 * stale=true}; each nonce count ({@code nc}) is accepted once per nonce, and up to {@link
 * #getMaxNonceCount()} (1024) of them.
 */
public final class AdjustableDigestAuthenticator extends DigestAuthenticator {

  private volatile long maxNonceAgeMs;

  /**
   * Creates the authenticator.
   *
   * @param maxNonceAge how long a nonce stays valid
   */
  public AdjustableDigestAuthenticator(Duration maxNonceAge) {
    useMd5();
    setMaxNonceAge(maxNonceAge.toMillis());
  }

  /**
   * Jetty 12.1 defaults to SHA-256 and has {@code setAlgorithm}; Jetty 12.0 (Spring Boot 3.5's) has
   * no such method and only does MD5. Calling it only where it exists lets the simulator run as a
   * test dependency on either Jetty.
   */
  private void useMd5() {
    try {
      DigestAuthenticator.class.getMethod("setAlgorithm", String.class).invoke(this, "MD5");
    } catch (NoSuchMethodException e) {
      // Jetty 12.0: MD5 is the only algorithm.
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set Jetty's Digest algorithm to MD5", e);
    }
  }

  /**
   * Returns the nonce max age.
   *
   * @return the max age in milliseconds
   */
  @Override
  public long getMaxNonceAge() {
    return maxNonceAgeMs;
  }

  /**
   * Sets the nonce max age; takes effect for the next request.
   *
   * @param maxNonceAgeInMs the max age in milliseconds
   */
  @Override
  public void setMaxNonceAge(long maxNonceAgeInMs) {
    this.maxNonceAgeMs = maxNonceAgeInMs;
  }
}
