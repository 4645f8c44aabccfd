package dev.peerkit.atlas.peering.spring;

/**
 * Thrown at startup when the {@code atlas.peering.*} properties cannot make a working client:
 * no credentials, half a credential pair, plain http to a non-loopback host, an invalid value, or
 * a library on the classpath older than the SDK needs. Spring Boot's failure analysis prints its
 * {@link #getMessage() message} and {@link #action()} instead of a stack trace. Neither ever holds
 * a secret.
 */
public class AtlasPeeringConfigurationException extends IllegalStateException {

  /** Serialisation version. */
  private static final long serialVersionUID = 1L;

  /** What to do about it. */
  private final String action;

  /**
   * @param description what is wrong, naming properties, never secret values
   * @param action what to do about it
   * @param cause the SDK's own exception, or {@code null}
   */
  public AtlasPeeringConfigurationException(String description, String action, Throwable cause) {
    super(description, cause);
    this.action = action;
  }

  /** @return what to do about it, naming the properties to set */
  public String action() {
    return action;
  }
}
