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
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The service account's token: fetched with HTTP Basic, dropped and fetched again when Atlas
 * rejects it. Every consumer test records the token interaction, and Pact names a shared
 * interaction after the test that recorded it last; this class runs last ({@link Order}, with
 * {@link ClassOrderer.OrderAnnotation} set in {@code junit-platform.properties}), so the pact names
 * the token exchange after the test that is about it.
 */
@Order(Integer.MAX_VALUE)
class ServiceAccountTokenPactTest extends SdkConsumerPactTest {

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

  /**
   * The SDK fetches a token, and on a 401 drops it, fetches a new one and sends once more; the
   * second 401 is raised.
   */
  @Test
  @PactTestFor(pactMethods = {TOKEN, "revokedToken"})
  void fetchesATokenWithHttpBasicAndFetchesAnotherWhenAtlasRejectsIt(MockServer server) {
    AtlasUnauthorizedException error = raised(AtlasUnauthorizedException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(401);
    assertThat(error.errorCode()).isEqualTo("UNAUTHORIZED");
    assertSentBodiesCarry("AWS");
  }
}
