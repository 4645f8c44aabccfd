package dev.peerkit.atlas.peering.contract;

import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.error;
import static dev.peerkit.atlas.peering.contract.AtlasPactDsl.patch;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_PEER_ID;
import static dev.peerkit.atlas.peering.contract.Examples.AWS_VPC_ID;
import static dev.peerkit.atlas.peering.contract.Examples.GROUP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.errors.AtlasForbiddenException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import org.junit.jupiter.api.Test;

/** Errors of authentication and authorization: 401 and 403. */
class AccessErrorPactTest extends SdkConsumerPactTest {

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact revokedToken(PactDslWithProvider builder) {
    return error(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_REVOKED, ProviderStates.accessToken())
                .uponReceiving(Interactions.REVOKED_TOKEN), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        401, PactBodies.apiErrorMatching(401, PactBodies.ERROR_CODE, "UNAUTHORIZED",
            "The access token is unknown, expired or revoked."))
        .toPact(V4Pact.class);
  }

  /** On a 401 the SDK drops its token, fetches a new one and sends once more; the second 401 is raised. */
  @Test
  @PactTestFor(pactMethods = {TOKEN, "revokedToken"})
  void turnsARejectedTokenIntoAnUnauthorizedException(MockServer server) {
    AtlasUnauthorizedException error = raised(AtlasUnauthorizedException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(401);
    assertThat(error.errorCode()).isEqualTo("UNAUTHORIZED");
    assertSentBodiesCarry("AWS");
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact notProjectOwner(PactDslWithProvider builder) {
    return error(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .given(ProviderStates.NOT_PROJECT_OWNER, ProviderStates.project())
                .uponReceiving(Interactions.NOT_PROJECT_OWNER), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        403, PactBodies.apiErrorMatching(403, PactBodies.ERROR_CODE, "USER_CANNOT_ACCESS_GROUP",
            "The API key does not have the Project Owner role in project " + GROUP_ID + "."))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "notProjectOwner"})
  void turnsAMissingRoleIntoAForbiddenException(MockServer server) {
    AtlasForbiddenException error = raised(AtlasForbiddenException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(403);
    assertThat(error.errorCode()).isEqualTo("USER_CANNOT_ACCESS_GROUP");
  }
}
