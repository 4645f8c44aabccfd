package dev.peerkit.atlas.peering.client.internal.codec;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;

/** Turns Jackson's {@code StreamReadConstraints} failures into the SDK's typed limit error. */
public final class JsonLimits {

  private JsonLimits() {}

  /**
   * @param from what sent the JSON
   * @param e Jackson's failure, which names the constraint and its value
   * @return the typed error, naming the bound and that it is fixed
   */
  public static AtlasResponseLimitException exceeded(String from, StreamConstraintsException e) {
    String bound = bound(String.valueOf(e.getOriginalMessage()));
    return new AtlasResponseLimitException(bound, -1, "The JSON answer from " + from + " breaks the "
        + bound + " bound (" + e.getOriginalMessage() + "). These bounds are fixed in"
        + " AtlasObjectMapper.STREAM_READ_CONSTRAINTS, far above any Atlas answer; they cannot be"
        + " raised. The request was sent: the PATCH may have been applied", e);
  }

  private static String bound(String message) {
    if (message.contains("NestingDepth") || message.contains("nesting")) {
      return "maxNestingDepth";
    }
    if (message.contains("NumberLength") || message.contains("Number value length")) {
      return "maxNumberLength";
    }
    if (message.contains("NameLength") || message.contains("Name length")) {
      return "maxNameLength";
    }
    return "maxStringLength";
  }
}
