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
import org.junit.jupiter.api.Test;

/** An error of authorization: 403 (the 401 of a rejected token is in {@link ServiceAccountTokenPactTest}). */
class AccessErrorPactTest extends SdkConsumerPactTest {

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
