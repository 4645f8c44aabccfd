package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our spec against MongoDB's own facts for the operation: every difference is listed in {@code
 * spec/upstream/deviations.yaml} with its reason, or the build fails naming it; and the README's
 * "Where the spec deviates" section is made from that file.
 */
class UpstreamDriftTest {

  private static final JsonNode OURS = AtlasPeeringSpec.document();

  static List<String> snapshots() {
    return UpstreamDrift.snapshots();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snapshots")
  void everyDifferenceFromTheSnapshotIsListedWithItsReason(String snapshot) {
    JsonNode upstream = UpstreamDrift.read(UpstreamDrift.UPSTREAM.resolve(snapshot));

    UpstreamDrift.Verdict verdict = UpstreamDrift.check(snapshot, upstream, OURS, UpstreamDrift.deviations());

    assertThat(verdict.clean()).as(verdict.report(snapshot)).isTrue();
  }

  @Test
  void aChangedPatternInACopyOfTheSnapshotFailsNamingTheField() {
    String snapshot = "atlas-2025-03-12.facts.yaml";
    ObjectNode copy = (ObjectNode) UpstreamDrift.read(UpstreamDrift.UPSTREAM.resolve(snapshot));
    ((ObjectNode) copy.at("/components/schemas/AwsNetworkPeeringConnectionSettings/properties/awsAccountId"))
        .put("pattern", "^[0-9]{13}$");

    UpstreamDrift.Verdict verdict = UpstreamDrift.check(snapshot, copy, OURS, UpstreamDrift.deviations());

    assertThat(verdict.clean()).isFalse();
    assertThat(verdict.unlisted()).singleElement().satisfies(d -> {
      assertThat(d.at()).isEqualTo("AWS.awsAccountId.pattern");
      assertThat(d.upstream()).isEqualTo("^[0-9]{13}$");
      assertThat(d.ours()).isEqualTo("^[0-9]{12}$");
    });
    assertThat(verdict.report(snapshot)).contains("unlisted difference", "AWS.awsAccountId.pattern");
  }

  @Test
  void aListedDeviationThatNoLongerHoldsIsReportedAsStale() {
    String snapshot = "atlas-2025-03-12.facts.yaml";
    ObjectNode copy = (ObjectNode) UpstreamDrift.read(UpstreamDrift.UPSTREAM.resolve(snapshot));
    // Upstream adopts our vpcId pattern: the listed deviation no longer holds.
    ((ObjectNode) copy.at("/components/schemas/AwsNetworkPeeringConnectionSettings/properties/vpcId"))
        .put("pattern", "^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$");

    UpstreamDrift.Verdict verdict = UpstreamDrift.check(snapshot, copy, OURS, UpstreamDrift.deviations());

    assertThat(verdict.unlisted()).isEmpty();
    assertThat(verdict.stale()).singleElement().satisfies(d -> assertThat(d.at()).isEqualTo("AWS.vpcId.pattern"));
  }

  @Test
  void theReadmeSectionIsMadeFromTheDeviationsFile() throws Exception {
    Path readme = Path.of(System.getProperty("spec.readme", "../README.md"));
    String text = Files.readString(readme);
    String start = "<!-- deviations:start (made from spec/upstream/deviations.yaml by UpstreamDriftTest) -->\n";
    String end = "<!-- deviations:end -->";
    String expected = UpstreamDrift.readmeSection();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "readme-deviations.md"), expected);
    assertThat(text).contains(start, end);
    String section = text.substring(text.indexOf(start) + start.length(), text.indexOf(end));
    assertThat(section).as("README section; the expected text is in spec/target/readme-deviations.md")
        .isEqualTo(expected);
  }
}
