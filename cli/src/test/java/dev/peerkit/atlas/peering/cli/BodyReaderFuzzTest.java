package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.fault.FuzzInputs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzes the CLI's body reader with the committed corpus ({@code src/test/resources/fuzz/bodies})
 * and mutations of it: every input is a typed body or a {@link UsageException} (exit 2, one line),
 * never anything else. Bounded by its number of tries.
 */
class BodyReaderFuzzTest {

  private static final String PEER = "5e57a0e35c6d2b1a2c3d4e5f";
  private final RequestBodyReader reader = new RequestBodyReader();

  @Provide
  Arbitrary<byte[]> bodies() {
    return FuzzInputs.mutated(FuzzInputs.corpus("src/test/resources/fuzz/bodies"), 512);
  }

  @Property(tries = 3000)
  void theBodyReaderThrowsOnlyUsageExceptions(@ForAll("bodies") byte[] body) {
    try {
      RequestBodyReader.Result result = reader.read(new String(body, StandardCharsets.UTF_8), "fuzz", PEER);
      assertThat(result.warnings()).isNotNull();
    } catch (UsageException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }

  @Property(tries = 40)
  void standardInputIsReadUpTo1MiBAndRefusedBeyond(@ForAll @IntRange(min = 0, max = 3 << 20) int size) {
    byte[] input = new byte[size];
    try {
      byte[] read = BodyInput.read(null, new ByteArrayInputStream(input), "standard input");
      assertThat(read).hasSize(size);
      assertThat(size).isLessThanOrEqualTo(BodyInput.MAX_BYTES);
    } catch (UsageException tooLarge) {
      assertThat(size).isGreaterThan(BodyInput.MAX_BYTES);
      assertThat(tooLarge.getMessage()).contains("at most 1 MiB");
    }
  }
}
