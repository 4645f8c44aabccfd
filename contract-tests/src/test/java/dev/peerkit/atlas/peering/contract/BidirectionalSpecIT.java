package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.V4Interaction;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The derived document for PactFlow ({@link BidirectionalSpec}) judges like the spec: both accept
 * every interaction of the pact, and both reject the same broken requests and answers.
 */
class BidirectionalSpecIT {

  private static final SpecContract SPEC = SpecContract.of(AtlasPeeringSpec.text());
  private static final SpecContract DERIVED = SpecContract.of(BidirectionalSpec.text());

  @Test
  void theBuildWroteTheCurrentVariantBesideThePactWithoutDiscriminators() throws Exception {
    Path written = Pacticipants.pactDirectory().resolveSibling("provider-contract").resolve(BidirectionalSpec.FILE_NAME);

    assertThat(written).isRegularFile();
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(BidirectionalSpec.text())
        .doesNotContain("discriminator:").contains("oneOf", "/api/oauth/token", "PeeringConnectionEnvelope");
    assertThat(AtlasPeeringSpec.text()).contains("discriminator:");
  }

  @TestFactory
  Stream<DynamicTest> bothAcceptEveryInteraction() {
    return PactFiles.httpInteractions(PactFiles.load()).stream()
        .filter(i -> !i.getDescription().equals(Interactions.INVALID_VPC_ID))
        .map(i -> DynamicTest.dynamicTest(i.getDescription(), () -> {
          assertThat(SPEC.problems(i)).as("the spec").isEmpty();
          assertThat(DERIVED.problems(i)).as("the derived document").isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> bothRejectTheSameBrokenRequests() {
    return Stream.of(
            request("the 400 interaction's vpcId", Interactions.INVALID_VPC_ID, body -> { }),
            request("a misspelt vpcID", Interactions.UPDATE_AWS, body -> body.set("vpcID", body.remove("vpcId"))),
            request("a lower-case providerName", Interactions.UPDATE_AWS, body -> body.put("providerName", "aws")),
            request("no providerName", Interactions.UPDATE_GCP, body -> body.remove("providerName")),
            request("an AWS field in a GCP body", Interactions.UPDATE_GCP, body -> body.put("vpcId", Examples.AWS_VPC_ID)),
            request("AWS fields under providerName GCP", Interactions.UPDATE_AWS, body -> body.put("providerName", "GCP")),
            request("a read-only statusName", Interactions.UPDATE_AWS, body -> body.put("statusName", "AVAILABLE")),
            request("an AZURE directory id that is no UUID", Interactions.UPDATE_AZURE,
                body -> body.put("azureDirectoryId", "not-a-uuid")))
        .map(broken -> DynamicTest.dynamicTest(broken.name(), () -> assertBothReject(
            SPEC.requestProblems(broken.request()), DERIVED.requestProblems(broken.request()))));
  }

  @TestFactory
  Stream<DynamicTest> bothRejectTheSameBrokenAnswers() {
    return Stream.of(
            response("an AWS statusName outside the enum", Interactions.UPDATE_AWS, body -> body.put("statusName", "PENDING")),
            response("an answer without containerId", Interactions.UPDATE_AZURE, body -> body.remove("containerId")),
            response("an unknown providerName", Interactions.UPDATE_GCP, body -> body.put("providerName", "ORACLE")),
            response("an envelope without content", Interactions.UPDATE_AWS_ENVELOPE,
                body -> body.set("peer", body.remove("content"))),
            response("an envelope with a string status", Interactions.UPDATE_GCP_ENVELOPE, body -> body.put("status", "200")),
            response("an envelope with an extra field", Interactions.UPDATE_AZURE_ENVELOPE, body -> body.put("extra", 1)),
            response("a token answer without access_token", Interactions.TOKEN, body -> body.remove("access_token")),
            response("an ApiError without errorCode", Interactions.UNKNOWN_PEER, body -> body.remove("errorCode")))
        .map(broken -> DynamicTest.dynamicTest(broken.name(), () -> {
          V4Interaction.SynchronousHttp original = PactFiles.interaction(broken.description());
          assertBothReject(SPEC.responseProblems(original.getRequest(), broken.response()),
              DERIVED.responseProblems(original.getRequest(), broken.response()));
        }));
  }

  private static void assertBothReject(List<String> bySpec, List<String> byDerived) {
    assertThat(bySpec).as("the spec rejects it").isNotEmpty();
    assertThat(byDerived).as("the derived document rejects it").isNotEmpty();
  }

  private record BrokenRequest(String name, HttpRequest request) {}

  private record BrokenResponse(String name, String description, HttpResponse response) {}

  private static BrokenRequest request(String name, String description, Consumer<ObjectNode> change) {
    HttpRequest request = (HttpRequest) PactFiles.interaction(description).getRequest().copy();
    ObjectNode body = (ObjectNode) SpecContract.readJson(request.getBody().valueAsString());
    change.accept(body);
    request.setBody(json(body, request.getBody().getContentType()));
    return new BrokenRequest(name, request);
  }

  private static BrokenResponse response(String name, String description, Consumer<ObjectNode> change) {
    HttpResponse response = (HttpResponse) PactFiles.interaction(description).getResponse().copyResponse();
    ObjectNode body = (ObjectNode) SpecContract.readJson(response.getBody().valueAsString());
    change.accept(body);
    response.setBody(json(body, response.getBody().getContentType()));
    return new BrokenResponse(name, description, response);
  }

  private static OptionalBody json(ObjectNode body, ContentType contentType) {
    return OptionalBody.body(body.toString().getBytes(StandardCharsets.UTF_8), contentType);
  }
}
