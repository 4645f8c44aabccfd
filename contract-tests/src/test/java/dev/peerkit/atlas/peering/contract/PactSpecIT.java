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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract against the spec: every interaction of the written pact, request and response,
 * agrees with the OpenAPI document of the spec module. The negative tests show the check bites.
 */
class PactSpecIT {

  private static final SpecContract SPEC = SpecContract.ofSpecModule();

  @TestFactory
  Stream<DynamicTest> everyInteractionAgreesWithTheSpec() {
    return PactFiles.httpInteractions(PactFiles.load()).stream()
        .map(interaction -> DynamicTest.dynamicTest(interaction.getDescription(), () -> check(interaction)));
  }

  /** The 400 interaction sends a vpcId that breaks the spec on purpose; its answer must still agree. */
  private static void check(V4Interaction.SynchronousHttp interaction) {
    if (interaction.getDescription().equals(Interactions.INVALID_VPC_ID)) {
      assertThat(SPEC.requestProblems(interaction.getRequest()))
          .singleElement()
          .satisfies(problem -> assertThat(problem).contains("/vpcId", Examples.INVALID_VPC_ID));
      assertThat(SPEC.responseProblems(interaction.getRequest(), interaction.getResponse())).isEmpty();
    } else {
      assertThat(SPEC.problems(interaction)).isEmpty();
    }
  }

  @Test
  void aLowerCaseProviderNameFailsTheCheck() {
    HttpRequest request = awsUpdateWith(body -> body.put("providerName", "aws"));

    assertThat(SPEC.requestProblems(request)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("providerName"));
  }

  @Test
  void aMisspelledFieldFailsTheCheck() {
    HttpRequest request = awsUpdateWith(body -> body.set("vpcID", body.remove("vpcId")));

    assertThat(SPEC.requestProblems(request)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("vpcID"));
  }

  @Test
  void aReadOnlyFieldInTheRequestFailsTheCheck() {
    HttpRequest request = awsUpdateWith(body -> body.put("statusName", "AVAILABLE"));

    assertThat(SPEC.requestProblems(request)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("statusName"));
  }

  @Test
  void aResponseValueOutsideTheSpecFailsTheCheck() {
    V4Interaction.SynchronousHttp aws = PactFiles.interaction(Interactions.UPDATE_AWS);
    HttpResponse response = (HttpResponse) aws.getResponse().copyResponse();
    ObjectNode body = (ObjectNode) SpecContract.readJson(response.getBody().valueAsString());
    body.put("statusName", "PENDING");
    response.setBody(json(body));

    assertThat(SPEC.responseProblems(aws.getRequest(), response)).isNotEmpty()
        .anySatisfy(p -> assertThat(p).contains("PENDING"));
  }

  @Test
  void anEnvelopeWithoutContentFailsTheCheck() {
    V4Interaction.SynchronousHttp enveloped = PactFiles.interaction(Interactions.UPDATE_AWS_ENVELOPE);
    HttpResponse response = (HttpResponse) enveloped.getResponse().copyResponse();
    ObjectNode body = (ObjectNode) SpecContract.readJson(response.getBody().valueAsString());
    body.set("peer", body.remove("content"));
    response.setBody(json(body));

    assertThat(SPEC.responseProblems(enveloped.getRequest(), response)).isNotEmpty();
  }

  /** Breaking the spec side: a document whose vpcId allows only 8 hex digits rejects the SDK's pact. */
  @Test
  void aChangedSpecRejectsThePact() {
    String spec = AtlasPeeringSpec.text();
    String changed = spec.replace("pattern: ^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$", "pattern: ^vpc-[0-9a-f]{8}$");
    assertThat(changed).isNotEqualTo(spec);
    V4Interaction.SynchronousHttp aws = PactFiles.interaction(Interactions.UPDATE_AWS);

    assertThat(SpecContract.of(spec).problems(aws)).isEmpty();
    assertThat(SpecContract.of(changed).problems(aws)).isNotEmpty()
        .anySatisfy(p -> assertThat(p).contains(Examples.AWS_VPC_ID));
  }

  private static HttpRequest awsUpdateWith(Consumer<ObjectNode> change) {
    V4Interaction.SynchronousHttp aws = PactFiles.interaction(Interactions.UPDATE_AWS);
    assertThat(SPEC.requestProblems(aws.getRequest())).as("the unchanged request").isEmpty();
    HttpRequest request = (HttpRequest) aws.getRequest().copy();
    ObjectNode body = (ObjectNode) SpecContract.readJson(request.getBody().valueAsString());
    change.accept(body);
    request.setBody(json(body));
    return request;
  }

  private static OptionalBody json(ObjectNode body) {
    return OptionalBody.body(body.toString().getBytes(StandardCharsets.UTF_8),
        new ContentType(AtlasPactDsl.MEDIA_TYPE));
  }

}
