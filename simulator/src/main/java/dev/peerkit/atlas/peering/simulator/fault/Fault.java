package dev.peerkit.atlas.peering.simulator.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One injected fault, applied to one request of the peering endpoint. Create faults with the static
 * factories and queue them with {@link FaultInjector#inject(Fault, int)}.
 *
 * <p>Faults apply after authentication (an unauthenticated request gets its 401 and leaves the
 * fault queued) and before the {@code Accept} version check, spec validation and the store.
 */
public final class Fault {

  /** What a fault does. */
  public enum Kind {
    /** 429 {@code RATE_LIMITED_TOKEN_BUCKET} ApiError with {@code Retry-After}. */
    RATE_LIMITED,
    /** 500 {@code UNEXPECTED_ERROR} ApiError. */
    SERVER_ERROR,
    /** 503 {@code SERVICE_UNAVAILABLE} ApiError, with {@code Retry-After} if one was given. */
    SERVICE_UNAVAILABLE,
    /** 502 with an HTML body ({@code text/html}), as a proxy in front of Atlas would send. */
    BAD_GATEWAY_HTML,
    /** Waits, then handles the request normally. */
    DELAY
  }

  private final Kind kind;
  private final Duration duration;

  private Fault(Kind kind, Duration duration) {
    this.kind = kind;
    this.duration = duration;
  }

  /**
   * A 429 Too Many Requests, as when the Atlas token bucket is empty: ApiError {@code
   * RATE_LIMITED_TOKEN_BUCKET} and {@code Retry-After} in whole seconds (RFC 9110 §10.2.3).
   *
   * @param retryAfter the wait to announce; rounded down to seconds, not negative
   * @return the fault
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  public static Fault rateLimited(Duration retryAfter) {
    return new Fault(Kind.RATE_LIMITED, nonNegative(retryAfter, "retryAfter"));
  }

  /**
   * A 500 Internal Server Error with ApiError {@code UNEXPECTED_ERROR}.
   *
   * @return the fault
   */
  public static Fault serverError() {
    return new Fault(Kind.SERVER_ERROR, null);
  }

  /**
   * A 503 Service Unavailable with ApiError {@code SERVICE_UNAVAILABLE}.
   *
   * @param retryAfter the wait to announce in {@code Retry-After} (whole seconds), or {@code null}
   *     to send no {@code Retry-After}
   * @return the fault
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  public static Fault serviceUnavailable(Duration retryAfter) {
    return new Fault(
        Kind.SERVICE_UNAVAILABLE,
        retryAfter == null ? null : nonNegative(retryAfter, "retryAfter"));
  }

  /**
   * A 502 Bad Gateway with a {@code text/html} body, as a load balancer would send: clients must
   * not try to parse it as an ApiError.
   *
   * @return the fault
   */
  public static Fault badGatewayHtml() {
    return new Fault(Kind.BAD_GATEWAY_HTML, null);
  }

  /**
   * A slow answer: the simulator waits {@code delay}, then handles the request normally.
   *
   * @param delay how long to wait before answering
   * @return the fault
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, nonNegative(delay, "delay"));
  }

  /**
   * Returns what this fault does.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the {@code Retry-After} of a {@link Kind#RATE_LIMITED} or {@link
   * Kind#SERVICE_UNAVAILABLE} fault.
   *
   * @return the announced wait, or empty if none is sent
   */
  public Optional<Duration> retryAfter() {
    return kind == Kind.DELAY ? Optional.empty() : Optional.ofNullable(duration);
  }

  /**
   * Returns the wait of a {@link Kind#DELAY} fault.
   *
   * @return the delay, or empty for other kinds
   */
  public Optional<Duration> delay() {
    return kind == Kind.DELAY ? Optional.of(duration) : Optional.empty();
  }

  @Override
  public String toString() {
    return duration == null ? kind.name() : kind + "(" + duration + ")";
  }

  private static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }
}
