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
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasServerException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Errors of Atlas's own making: 429 with Retry-After, and 500. */
class ServerSideErrorPactTest extends SdkConsumerPactTest {

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact rateLimited(PactDslWithProvider builder) {
    String path = "/api/atlas/v2/groups/" + GROUP_ID + "/peers/" + AWS_PEER_ID;
    return error(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .given(ProviderStates.RATE_LIMIT_EXHAUSTED, ProviderStates.retryAfter())
                .uponReceiving(Interactions.RATE_LIMITED), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        429, PactBodies.apiErrorMatching(429, "RATE_LIMITED(_TOKEN_BUCKET)?", "RATE_LIMITED_TOKEN_BUCKET",
            "Rate limit exceeded for " + path + ". Please retry after 55 seconds. Request capacity: 10."
                + " Refill rate: 5 per 60 seconds."))
        .matchHeader("Retry-After", "[0-9]+", "55")
        .toPact(V4Pact.class);
  }

  /** Retries are off for the contract, so the mock server sees the one request and the SDK raises. */
  @Test
  @PactTestFor(pactMethods = {TOKEN, "rateLimited"})
  void turnsA429IntoARateLimitExceptionWithRetryAfter(MockServer server) {
    AtlasRateLimitException error = raised(AtlasRateLimitException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(429);
    assertThat(error.errorCode()).isEqualTo("RATE_LIMITED_TOKEN_BUCKET");
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(55));
  }

  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact serverError(PactDslWithProvider builder) {
    return error(patch(builder.given(ProviderStates.AWS_PEER_EXISTS, ProviderStates.awsPeer())
                .given(ProviderStates.ACCESS_TOKEN_VALID, ProviderStates.accessToken())
                .given(ProviderStates.UNEXPECTED_SERVER_ERROR)
                .uponReceiving(Interactions.SERVER_ERROR), GROUP_ID, AWS_PEER_ID)
            .body(PactBodies.awsUpdate(AWS_VPC_ID)),
        500, PactBodies.apiError(500, "UNEXPECTED_ERROR", "Unexpected error."))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethods = {TOKEN, "serverError"})
  void turnsA500IntoAServerException(MockServer server) {
    AtlasServerException error = raised(AtlasServerException.class,
        () -> sdk(server).updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(GROUP_ID, AWS_PEER_ID, Examples.awsUpdate())));

    assertThat(error.httpStatus()).isEqualTo(500);
    assertThat(error.errorCode()).isEqualTo("UNEXPECTED_ERROR");
  }
}
