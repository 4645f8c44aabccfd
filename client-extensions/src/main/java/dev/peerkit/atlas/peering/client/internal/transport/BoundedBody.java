package dev.peerkit.atlas.peering.client.internal.transport;

import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a response body into memory, at most {@code maxResponseBytes} of it. */
public final class BoundedBody {

  private BoundedBody() {}

  /**
   * @param in the body; not closed here
   * @param declaredLength the {@code Content-Length}, or a negative number when unknown
   * @param max the most bytes to read
   * @param from what sent it, for the message, such as {@code https://cloud.mongodb.com}
   * @return the whole body
   * @throws AtlasResponseLimitException if the body is, or says it is, longer than {@code max}
   * @throws IOException if reading fails (a reset, or an end before {@code Content-Length})
   */
  public static byte[] read(InputStream in, long declaredLength, int max, String from) throws IOException {
    if (declaredLength > max) {
      throw tooLarge(max, from, "declares Content-Length " + declaredLength + ", more");
    }
    byte[] buffer = new byte[(int) Math.min(max + 1L, declaredLength >= 0 ? declaredLength + 1 : 8192)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > max) {
          throw tooLarge(max, from, "is longer");
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1L, 2L * buffer.length));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
      }
      length += n;
      if (length > max) {
        throw tooLarge(max, from, "is longer");
      }
    }
  }

  /**
   * @param max the bound
   * @param from what sent the answer
   * @param how what the body did, such as {@code "is longer"}
   * @return the typed error naming {@code maxResponseBytes} and how to raise it
   */
  public static AtlasResponseLimitException tooLarge(int max, String from, String how) {
    return new AtlasResponseLimitException("maxResponseBytes", max, "The answer from " + from + " " + how
        + " than maxResponseBytes (" + max + " bytes), so it was not read; Atlas answers are a few KiB."
        + " Raise the bound (builder maxResponseBytes(...), Spring atlas.peering.max-response-bytes) if this"
        + " answer is expected. The request was sent: the PATCH may have been applied", null);
  }
}
