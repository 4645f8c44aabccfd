package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.model.DiffResult;

/** Both sides of the gate, on in-memory edits of the document. */
class SpecCompatibilityGateTest {

  private static final String SPEC = AtlasPeeringSpec.text();
  private static final String AWS_RESPONSE = "    AwsPeeringConnection:\n";
  private static final String AWS_REQUEST = "    AwsPeeringConnectionUpdate:\n";
  private static final String VPC_ID_PROPERTY = "        vpcId:\n          $ref: '#/components/schemas/VpcId'\n";

  @Test
  void theSameDocumentIsUnchanged() {
    SpecCompatibilityGate.Result result = SpecCompatibilityGate.compare(SPEC, SPEC);
    assertThat(result.incompatible()).isFalse();
    assertThat(result.openApiDiff()).isEqualTo(DiffResult.NO_CHANGES);
    assertThat(result.markdown()).contains("Verdict: **unchanged**", "No changes.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compatibleChanges")
  void aCompatibleChangePasses(String change, UnaryOperator<String> edit) {
    SpecCompatibilityGate.Result result = SpecCompatibilityGate.compare(SPEC, edit.apply(SPEC));
    assertThat(result.openApiDiff().isDifferent()).as("openapi-diff sees the change").isTrue();
    assertThat(result.incompatible()).as(result.markdown()).isFalse();
    assertThat(result.markdown()).contains("Verdict: **compatible**");
  }

  static Stream<Arguments> compatibleChanges() {
    return Stream.of(
        Arguments.of("add an optional response field", edit(AWS_RESPONSE, VPC_ID_PROPERTY,
            "        createdAt:\n          type: string\n          readOnly: true\n" + VPC_ID_PROPERTY)),
        Arguments.of("add an optional request field", edit(AWS_REQUEST, VPC_ID_PROPERTY,
            "        tag:\n          type: string\n" + VPC_ID_PROPERTY)),
        Arguments.of("reword a description", edit("    VpcId:\n", "        Unique string", "        The unique string")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingChanges")
  void aBreakingChangeFails(String change, UnaryOperator<String> edit, boolean byOpenApiDiff, String inReport) {
    SpecCompatibilityGate.Result result = SpecCompatibilityGate.compare(SPEC, edit.apply(SPEC));
    assertThat(result.incompatible()).isTrue();
    if (byOpenApiDiff) {
      assertThat(result.openApiDiff()).isEqualTo(DiffResult.INCOMPATIBLE);
    } else {
      assertThat(result.schemaBreaks()).anySatisfy(b -> assertThat(b).contains(inReport));
    }
    assertThat(result.markdown()).contains("Verdict: **BREAKING**", inReport);
    assertThat(result.html()).contains("Verdict: BREAKING");
  }

  static Stream<Arguments> breakingChanges() {
    return Stream.of(
        // Flagged by openapi-diff itself.
        Arguments.of("remove vpcId from the AWS response", edit(AWS_RESPONSE, VPC_ID_PROPERTY, ""), true, "Deleted property `vpcId`"),
        Arguments.of("make vpcId required in the AWS request",
            edit(AWS_REQUEST, "        - providerName\n", "        - providerName\n        - vpcId\n"), true, "vpcId"),
        Arguments.of("add a statusName value clients do not know",
            edit(AWS_RESPONSE, "            - TERMINATING\n", "            - TERMINATING\n            - PAUSED\n"), true, "PAUSED"),
        Arguments.of("drop the 409 response", edit("      responses:\n", "        \"409\":\n          $ref: '#/components/responses/conflict'\n", ""), true, "409"),
        Arguments.of("make the pretty parameter required", edit("    pretty:\n", "required: false", "required: true"), true, "pretty"),
        // Missed by openapi-diff 2.0.1, caught by the gate's schema checks.
        Arguments.of("change the VpcId pattern", edit("    VpcId:\n", "{17})$", "{12,17})$"), false, "/components/schemas/VpcId"),
        Arguments.of("remove vpcId from the AWS request", edit(AWS_REQUEST, VPC_ID_PROPERTY, ""), false,
            "/components/schemas/AwsPeeringConnectionUpdate/properties/vpcId"));
  }

  /** Replaces the first {@code from} after {@code anchor}; fails if either is missing, so no edit is a no-op. */
  private static UnaryOperator<String> edit(String anchor, String from, String to) {
    return text -> {
      int at = text.indexOf(anchor);
      int start = at < 0 ? -1 : text.indexOf(from, at);
      if (start < 0) {
        throw new IllegalArgumentException("cannot find " + from + " after " + anchor);
      }
      return text.substring(0, start) + to + text.substring(start + from.length());
    };
  }
}
