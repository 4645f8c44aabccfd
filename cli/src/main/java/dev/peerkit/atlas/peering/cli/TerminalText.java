package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Server text on its way to a terminal: control characters (C0, DEL, C1 such as U+009B CSI) and
 * invisible format characters (bidi overrides such as U+202E, zero-width characters, line and
 * paragraph separators) are written as {@code \\uXXXX}, so a server cannot move the cursor, clear
 * the screen, retitle the window or reorder what the user reads.
 */
final class TerminalText {

  private TerminalText() {}

  /** @return whether a terminal could act on it or hide text with it */
  static boolean isUnsafe(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** @return the text with every unsafe character written as {@code \\uXXXX} */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      if (isUnsafe(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }

  /** Jackson escapes for the JSON the CLI prints: the same characters, as JSON {@code \\uXXXX}. */
  static final class JsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    JsonEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return isUnsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
