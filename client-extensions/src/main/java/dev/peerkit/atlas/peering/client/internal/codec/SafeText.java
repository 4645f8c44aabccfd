package dev.peerkit.atlas.peering.client.internal.codec;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Makes server text safe to put in a message, a log line or a terminal: control characters (C0,
 * DEL and the C1 range, such as ESC and U+009B CSI) and invisible format characters (bidi
 * overrides such as U+202E, zero-width characters, line and paragraph separators) are written as
 * {@code \\uXXXX}; and secrets the SDK holds are cut out wherever they appear.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * @param text server text, or {@code null}
   * @return the text with every control and format character escaped as {@code \\uXXXX}
   */
  public static String escapeControls(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * @param c a character
   * @return whether a terminal could act on it or hide text with it
   */
  public static boolean isUnsafe(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * @param text any text, or {@code null}
   * @param secrets values to cut out (blank or short ones are ignored)
   * @return the text with each secret replaced by {@code <redacted>}
   */
  public static String redact(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        result = result.replace(secret, "<redacted>");
      }
    }
    return result;
  }

  /**
   * @param body a response body
   * @param secrets values to cut out
   * @return the body, with each secret replaced by {@code <redacted>} if it held any
   */
  public static byte[] redact(byte[] body, Collection<String> secrets) {
    String text = new String(body, StandardCharsets.UTF_8);
    String redacted = redact(text, secrets);
    return redacted.equals(text) ? body : redacted.getBytes(StandardCharsets.UTF_8);
  }
}
