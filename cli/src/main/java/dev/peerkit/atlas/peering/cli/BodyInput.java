package dev.peerkit.atlas.peering.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the request body from {@code --file}, {@code -} or standard input, at most {@value
 * #MAX_BYTES} bytes (1 MiB; a peering update is a few hundred bytes): a larger file is refused by
 * its size before reading, a stream (standard input, a pipe, a FIFO) is cut after {@value
 * #MAX_BYTES} + 1 bytes. Directories and devices ({@code /dev/zero}, a terminal given as a path)
 * are refused. Every refusal is a {@link UsageException} (exit 2, one line).
 */
final class BodyInput {

  /** Most bytes of a body read: 1 MiB. */
  static final int MAX_BYTES = 1 << 20;

  private BodyInput() {}

  /**
   * @param file the {@code --file} value, {@code -} or {@code null} for standard input
   * @param stdin standard input
   * @param source what to call it in messages
   * @return the bytes
   * @throws UsageException if it cannot be read, is not a file or a stream, or is too large
   */
  static byte[] read(String file, InputStream stdin, String source) {
    try {
      if (file == null || file.equals("-")) {
        return bounded(stdin, source);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new UsageException("Cannot read " + source + ": it is a directory; give a JSON file");
      }
      if (Files.isRegularFile(path)) {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
          throw tooLarge(source, size + " bytes");
        }
      } else if (isDevice(path)) {
        throw new UsageException("Cannot read " + source + ": it is a device, not a file; give a JSON"
            + " file, or '-' for standard input");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return bounded(in, source);
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("Cannot read " + source + ": no such file");
    } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
      throw new UsageException("Cannot read " + source + ": " + e.getMessage());
    }
  }

  private static byte[] bounded(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source, "more than " + MAX_BYTES + " bytes");
    }
    return bytes;
  }

  private static UsageException tooLarge(String source, String size) {
    return new UsageException("The body from " + source + " is " + size + "; a body may be at most"
        + " 1 MiB (" + MAX_BYTES + " bytes)");
  }

  /** Character and block devices, by their POSIX file type; anything else unknown counts too. */
  private static boolean isDevice(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
      return type == 0020000 || type == 0060000;
    } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
      return !Files.isRegularFile(path);
    }
  }
}
