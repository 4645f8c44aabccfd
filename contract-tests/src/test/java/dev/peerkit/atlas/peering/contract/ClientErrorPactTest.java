package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.error;
import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.patch;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_VPC_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GROUP_ID;
import static dev.peerkit.atlas.peering.contract.Examples.INVALID_VPC_ID;
import static dev.peerkit.atlas.peering.contract.Examples.MISSING_PEER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.errors.AtlasBadRequestException;
import dev.peerkit.atlas.peering.client.errors.AtlasConflictException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Feign;
import feign.Param;
import feign.RequestLine;
import org.junit.jupiter.api.Test;

/** Errors caused by the request or by the peer's state: 400, 404 and 409. */
class ClientErrorPactTest extends SdkConsumerPactTest {

  /** The update operation without the generated interface's client-side validation. */
  interface RawPeering {
    @RequestLine("PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}")
    PeeringConnection update(@Param("groupId") String groupId, @Param("peerId") String peerId, String json);
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact invalidVpcId(PactDslWithProvider builder) {
    PactDslJsonBody apiError = PactBodies.apiError(400, "VALIDATION_ERROR",
        "Invalid request: vpcId must match \"^vpc-[0-9a-f]{17}$\".");
    apiError.object("badRequestDetail")
        .eachLike("fields")
        .stringValue("field", "vpcId")
        .stringType("description", "must match \"^vpc-[0-9a-f]{17}$\"")
        .closeObject().closeArray().closeObject();
    return error(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.INVALID_VPC_ID), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(INVALID_VPC_ID)),
        400, apiError).toPact(V4Pact.class);
  }

  /**
   * The SDK refuses a bad vpcId before sending anything, through the facade and through the
   * generated API alike. What Atlas's 400 turns into is shown with a Feign interface of the
   * test's own ({@link RawPeering}, which the capability does not validate) carrying the same
   * bytes through the same {@code AtlasCapability}.
   */
  @Test
  @PactTestFor(pactMethods = {TOKEN, "invalidVpcId"})
  void turnsAValidationErrorIntoABadRequestException(MockServer server) {
    AtlasPeeringClient sdk = sdk(server);
    assertThatThrownBy(() -> sdk.updatePeeringConnection(
        UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate(INVALID_VPC_ID))))
        .isInstanceOf(AtlasValidationException.class);

    assertThatThrownBy(() -> sdk.api().updatePeeringConnection(
        GROUP_ID, AWS_PEER_ID, Examples.awsUpdate(INVALID_VPC_ID), null, null))
        .isInstanceOf(AtlasValidationException.class);

    RawPeering raw = Feign.builder().addCapability(sdk.capability()).logLevel(feign.Logger.Level.FULL)
        .target(RawPeering.class, server.getUrl());
    AtlasBadRequestException error = raised(AtlasBadRequestException.class, () -> raw.update(GROUP_ID, AWS_PEER_ID,
        AtlasObjectMapper.create().writeValueAsString(Examples.awsUpdate(INVALID_VPC_ID))));

    assertThat(error.httpStatus()).isEqualTo(400);
    assertThat(error.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(error.isErrorCode("VALIDATION_ERROR")).isTrue();
    assertThat(error.badRequestDetail().getFields())
        .singleElement()
        .satisfies(field -> assertThat(field.getField()).isEqualTo("vpcId"));
    assertSentBodiesCarry("AWS");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact unknownPeer(PactDslWithProvider builder) {
    return error(patch(builder.given(ProviderStates.PEER_DOES_NOT_EXIST, ProviderStates.missingPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.UNKNOWN_PEER), GROUP_ID, MISSING_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        404, PactBodies.apiError(404, "RESOURCE_NOT_FOUND",
            "Cannot find resource peer " + MISSING_PEER_ID + " in group " + GROUP_ID + "."))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "unknownPeer"})
  void turnsResourceNotFoundIntoANotFoundException(MockServer server) {
    AtlasNotFoundException error = raised(AtlasNotFoundException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, MISSING_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(404);
    assertThat(error.errorCode()).isEqualTo("RESOURCE_NOT_FOUND");
    assertThat(error.isErrorCode("RESOURCE_NOT_FOUND")).isTrue();
    assertThat(error.detail()).contains(MISSING_PEER_ID);
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact peerBeingDeleted(PactDslWithProvider builder) {
    return error(patch(builder.given(ProviderStates.AWS_PEER_BEING_DELETED, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .uponReceiving(Interactions.PEER_BEING_DELETED), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        409, PactBodies.apiErrorMatching(409, PactBodies.ERROR_CODE, "PEER_ALREADY_REQUESTED_DELETION",
            "The peer " + AWS_PEER_ID + " is being deleted and cannot be updated."))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "peerBeingDeleted"})
  void turnsAConflictIntoAConflictException(MockServer server) {
    AtlasConflictException error = raised(AtlasConflictException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(409);
    assertThat(error.errorCode()).isEqualTo("PEER_ALREADY_REQUESTED_DELETION");
  }
}
