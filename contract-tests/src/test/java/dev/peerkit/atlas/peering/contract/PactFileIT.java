package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import org.junit.jupiter.api.Test;

/** The build fails when the consumer tests wrote no pact, or a pact without every listed interaction. */
class PactFileIT {

  @Test
  void theConsumerTestsWroteTheV4Pact() {
    assertThat(Pacticipants.pactFile()).as("the pact the consumer tests (surefire) write").isRegularFile();
    V4Pact pact = PactFiles.load();

    assertThat(pact.getConsumer().getName()).isEqualTo(Pacticipants.CONSUMER);
    assertThat(pact.getProvider().getName()).isEqualTo(Pacticipants.PROVIDER);
    assertThat(pact.getMetadata()).extractingByKey("pactSpecification")
        .asString().contains("4.0");
  }

  /** A shared interaction carries the name of the test that recorded it last: for the token, the token's own test. */
  @Test
  void theTokenInteractionIsNamedAfterTheTestAboutTheToken() {
    V4Interaction token = PactFiles.interaction(Interactions.TOKEN);

    assertThat(token.getComments().get("testname").toString())
        .contains(ServiceAccountTokenPactTest.class.getName() + ".fetchesATokenWithHttpBasic");
  }

  @Test
  void thePactHoldsExactlyTheListedInteractions() {
    V4Pact pact = PactFiles.load();

    assertThat(PactFiles.httpInteractions(pact))
        .extracting(V4Interaction::getDescription)
        .containsExactlyInAnyOrderElementsOf(Interactions.ALL);
    assertThat(pact.getInteractions()).hasSameSizeAs(Interactions.ALL);
  }
}
