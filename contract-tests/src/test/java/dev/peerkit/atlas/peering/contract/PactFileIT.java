package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import java.util.List;
import java.util.regex.Pattern;
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

  /** Atlas answers with the media type of the resource's own version: the pact accepts any date, nothing else. */
  @Test
  void okAnswersAcceptAnyAtlasVersionDateWithAnOptionalCharset() {
    List<V4Interaction.SynchronousHttp> ok = PactFiles.httpInteractions(PactFiles.load()).stream()
        .filter(i -> i.getResponse().getStatus() == 200 && !i.getDescription().equals(Interactions.TOKEN))
        .toList();
    assertThat(ok).hasSize(7);
    for (V4Interaction.SynchronousHttp interaction : ok) {
      List<MatchingRule> rules = interaction.getResponse().getMatchingRules().rulesForCategory("header")
          .allMatchingRules();
      assertThat(rules).singleElement().isInstanceOf(RegexMatcher.class);
      Pattern contentType = Pattern.compile(((RegexMatcher) rules.get(0)).getRegex());

      assertThat(List.of("application/vnd.atlas.2025-03-12+json", "application/vnd.atlas.2023-01-01+json",
          "application/vnd.atlas.2031-12-31+json;charset=UTF-8", "application/vnd.atlas.2023-01-01+json; charset=utf-8"))
          .allMatch(value -> contentType.matcher(value).matches());
      assertThat(List.of("application/json", "application/vnd.atlas.latest+json", "application/vnd.atlas.2025-03-12+xml",
          "application/vnd.atlas.2025-03-12+json; charset=ISO-8859-1", "text/html"))
          .noneMatch(value -> contentType.matcher(value).matches());
    }
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
