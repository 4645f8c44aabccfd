package dev.peerkit.atlas.peering.client.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the jqwik fuzz tests: the committed seed corpus of a folder (real answers and bodies,
 * and known troublemakers), mutated by up to eight edits each (byte flips, inserts and deletes,
 * truncation, and JSON tokens spliced in), plus raw random bytes.
 */
public final class FuzzInputs {

  /** Tokens that tend to break JSON readers, spliced into seeds. */
  private static final List<String> DICTIONARY = List.of("{", "}", "[", "]", "\"", "\\", ",", ":", "null",
      "true", "1e999999", "-0", "9999999999999999999999", "\\u0000", "\\ud800", "\u001b[2J", "\u202e",
      "\"status\":", "\"content\":", "\"providerName\":\"AWS\"", "\"providerName\":\"AZURE\"", "{\"a\":[[[[",
      "\u00ff\u00fe");

  private FuzzInputs() {}

  /**
   * @param folder a corpus folder, relative to the module (such as {@code src/test/resources/fuzz/responses})
   * @return its files' bytes, in name order
   */
  public static List<byte[]> corpus(String folder) {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.sorted().map(FuzzInputs::bytes).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param corpus seeds
   * @param maxRandom longest purely random input, in bytes
   * @return seeds as they are, mutated seeds, and random bytes
   */
  public static Arbitrary<byte[]> mutated(List<byte[]> corpus, int maxRandom) {
    Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 1 << 16), Arbitraries.integers().between(0, 255))
        .as((kind, position, value) -> new int[] {kind, position, value});
    Arbitrary<byte[]> mutants = Combinators.combine(Arbitraries.of(corpus), edit.list().ofMaxSize(8))
        .as(FuzzInputs::apply);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(corpus)),
        net.jqwik.api.Tuple.of(6, mutants),
        net.jqwik.api.Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(maxRandom)));
  }

  private static byte[] apply(byte[] seed, List<int[]> edits) {
    byte[] out = seed.clone();
    for (int[] e : edits) {
      int at = out.length == 0 ? 0 : e[1] % (out.length + 1);
      out = switch (e[0]) {
        case 0 -> flip(out, at, e[2]);
        case 1 -> splice(out, at, new byte[] {(byte) e[2]}, 0);
        case 2 -> splice(out, at, new byte[0], 1);
        case 3 -> Arrays.copyOf(out, at);
        default -> splice(out, at, DICTIONARY.get(e[2] % DICTIONARY.size()).getBytes(StandardCharsets.UTF_8), 0);
      };
    }
    return out;
  }

  private static byte[] flip(byte[] in, int at, int value) {
    if (at >= in.length) {
      return in;
    }
    byte[] out = in.clone();
    out[at] = (byte) value;
    return out;
  }

  private static byte[] splice(byte[] in, int at, byte[] insert, int delete) {
    int removed = Math.min(delete, in.length - at);
    byte[] out = new byte[in.length - removed + insert.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(in, at + removed, out, at + insert.length, in.length - at - removed);
    return out;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
