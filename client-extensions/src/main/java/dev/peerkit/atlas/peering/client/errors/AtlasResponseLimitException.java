package dev.peerkit.atlas.peering.client.errors;

/**
 * An answer broke one of the SDK's size bounds, so it was not read to its end: a body longer than
 * {@code maxResponseBytes}, a status or header line longer than {@value #MAX_LINE_LENGTH}
 * characters, more than {@value #MAX_HEADER_COUNT} header lines, or JSON beyond the mapper's
 * {@code StreamReadConstraints}. The message names the bound, its value and how to raise it. The
 * request was sent, so the PATCH may have been applied.
 */
public class AtlasResponseLimitException extends AtlasTransportException {

  private static final long serialVersionUID = 1L;

  /** Longest status or header line read, in characters (HttpClient 5 {@code Http1Config}). */
  public static final int MAX_LINE_LENGTH = 8192;
  /** Most header lines read in one answer (HttpClient 5 {@code Http1Config}). */
  public static final int MAX_HEADER_COUNT = 100;

  /** The bound's name, such as {@code maxResponseBytes}. */
  private final String bound;
  /** The bound's value. */
  private final long limit;

  /**
   * @param bound the bound's name, such as {@code maxResponseBytes}
   * @param limit the bound's value
   * @param message the full message, naming the bound and how to raise it
   * @param cause the underlying failure, or {@code null}
   */
  public AtlasResponseLimitException(String bound, long limit, String message, Throwable cause) {
    super(message, cause);
    this.bound = bound;
    this.limit = limit;
  }

  /** @return the bound that was hit, such as {@code maxResponseBytes} or {@code maxHeaderCount} */
  public String bound() {
    return bound;
  }

  /** @return the bound's value (bytes, characters or lines) */
  public long limit() {
    return limit;
  }
}
