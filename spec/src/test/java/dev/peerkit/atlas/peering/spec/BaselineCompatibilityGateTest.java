package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's breaking-change gate: the working spec against the last released copy in
 * {@code spec/baseline/}. It always writes the report to {@code target/openapi-diff/}, and fails on
 * a breaking change unless {@code -Dspec.allowBreaking=true} (spec.failOnBreaking=false).
 * The defaults let it run from an IDE, whose working directory is the module.
 */
class BaselineCompatibilityGateTest {

  @Test
  void workingSpecDoesNotBreakTheReleasedBaseline() throws IOException {
    Path document = Path.of(System.getProperty("spec.document", "src/main/resources/openapi/atlas-peering.yaml"));
    Path baseline = Path.of(System.getProperty("spec.baseline", "baseline/atlas-peering.yaml"));
    Path reportDir = Path.of(System.getProperty("spec.reportDir", "target/openapi-diff"));
    boolean failOnBreaking = Boolean.parseBoolean(System.getProperty("spec.failOnBreaking", "true"));

    SpecCompatibilityGate.Result result =
        SpecCompatibilityGate.compare(baseline.toString(), Files.readString(baseline), document.toString(), Files.readString(document));

    Files.createDirectories(reportDir);
    Path markdown = Files.writeString(reportDir.resolve("openapi-diff.md"), result.markdown());
    Path html = Files.writeString(reportDir.resolve("openapi-diff.html"), result.html());
    assertThat(markdown).isNotEmptyFile();
    assertThat(html).isNotEmptyFile();

    if (!result.incompatible()) {
      return;
    }
    String message = String.join("\n",
        "Breaking change: " + document + " is not backward compatible with the released baseline " + baseline + ".",
        "Report: " + markdown.toAbsolutePath() + " (and " + html.getFileName() + ").",
        "If the break is intended, either",
        "  - on release, copy the working spec over spec/baseline/atlas-peering.yaml, or",
        "  - build with -Dspec.allowBreaking=true to let this build through (the report is still written).",
        "",
        result.markdown());
    if (failOnBreaking) {
      fail(message);
    }
    System.err.println("WARNING (spec.allowBreaking=true): " + message);
  }
}
