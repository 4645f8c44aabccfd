package dev.peerkit.atlas.peering.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing, end to end: the README's command ({@code mvn initialize pact:publish} with {@code
 * PACT_BROKER_BASE_URL} and {@code PACT_BROKER_TOKEN} in the environment) runs the Pact Maven
 * plugin against a stand-in broker (WireMock on 127.0.0.1), which records what a Pact Broker would
 * receive: the pact, the consumer version {@code <project version>+<git commit>} and the branch.
 */
class PactPublishIT {

  private static final String BROKER_TOKEN = "contract-test-broker-token";

  private WireMockServer broker;

  @BeforeEach
  void startBroker() {
    broker = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    broker.start();
  }

  /**
   * A broker that answers only requests with this {@code Authorization}, and challenges the rest
   * as a Pact Broker behind HTTP Basic does.
   */
  private void brokerAccepting(String authorization) {
    String base = "http://127.0.0.1:" + broker.port();
    broker.stubFor(get("/").withHeader("Authorization", equalTo(authorization)).atPriority(1)
        .willReturn(hal("{\"_links\":{\"pb:publish-contracts\":{\"href\":\""
            + base + "/contracts/publish\",\"title\":\"Publish contracts\"}}}")));
    broker.stubFor(post("/contracts/publish").withHeader("Authorization", equalTo(authorization)).atPriority(1)
        .willReturn(hal("{\"notices\":[{\"level\":\"success\","
            + "\"text\":\"Published by the stand-in broker\"}],\"_embedded\":{},\"_links\":{}}")));
    broker.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(401)
        .withHeader("WWW-Authenticate", "Basic realm=\"Pact Broker\"")));
  }

  @AfterEach
  void stopBroker() {
    broker.stop();
  }

  @Test
  void thePluginPublishesThePactWithVersionAndBranch() throws Exception {
    brokerAccepting("Bearer " + BROKER_TOKEN);
    MavenRun.Result run = MavenRun.inModule("initialize", "pact:publish")
        .env("PACT_BROKER_BASE_URL", "http://127.0.0.1:" + broker.port())
        .env("PACT_BROKER_TOKEN", BROKER_TOKEN)
        .run();
    assertThat(run.exitCode()).as("mvn initialize pact:publish, log:%n%s", run.log()).isZero();

    broker.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo("Bearer " + BROKER_TOKEN)));
    List<LoggedRequest> published = broker.findAll(postRequestedFor(urlEqualTo("/contracts/publish")));
    assertThat(published).hasSize(1);
    LoggedRequest request = published.get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + BROKER_TOKEN);

    JsonNode body = SpecContract.readJson(request.getBodyAsString());
    assertThat(body.path("pacticipantName").asText()).isEqualTo(Pacticipants.CONSUMER);
    GitFacts.assertConsumerVersion(body.path("pacticipantVersionNumber").asText());
    GitFacts.assertBranch(body.path("branch").asText());
    JsonNode contract = body.path("contracts").path(0);
    assertThat(body.path("contracts")).hasSize(1);
    assertThat(contract.path("consumerName").asText()).isEqualTo(Pacticipants.CONSUMER);
    assertThat(contract.path("providerName").asText()).isEqualTo(Pacticipants.PROVIDER);
    assertThat(contract.path("specification").asText()).isEqualTo("pact");
    assertThat(Base64.getDecoder().decode(contract.path("content").asText()))
        .isEqualTo(Files.readAllBytes(Pacticipants.pactFile()));
    assertThat(body.has("buildUrl")).as("no CI, no build URL: %s", body).isFalse();
  }

  /** On a CI server (GitHub Actions here) the version carries the CI's branch and the run's URL. */
  @Test
  void thePluginRecordsTheBranchAndBuildUrlTheCiProvides() throws Exception {
    brokerAccepting("Bearer " + BROKER_TOKEN);
    MavenRun.Result run = MavenRun.inModule("initialize", "pact:publish")
        .env("PACT_BROKER_BASE_URL", "http://127.0.0.1:" + broker.port())
        .env("PACT_BROKER_TOKEN", BROKER_TOKEN)
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_REF", "refs/heads/feature/contracts")
        .env("GITHUB_SERVER_URL", "https://github.com")
        .env("GITHUB_REPOSITORY", "peerkit/atlas-peering")
        .env("GITHUB_RUN_ID", "4242")
        .run();
    assertThat(run.exitCode()).as("mvn initialize pact:publish, log:%n%s", run.log()).isZero();

    List<LoggedRequest> published = broker.findAll(postRequestedFor(urlEqualTo("/contracts/publish")));
    assertThat(published).hasSize(1);
    JsonNode body = SpecContract.readJson(published.get(0).getBodyAsString());
    assertThat(body.path("branch").asText()).isEqualTo("feature/contracts");
    assertThat(body.path("buildUrl").asText()).isEqualTo("https://github.com/peerkit/atlas-peering/actions/runs/4242");
  }

  /** The other way to authenticate: a broker user and password, sent as HTTP Basic. */
  @Test
  void thePluginAuthenticatesWithUsernameAndPasswordWithoutAToken() throws Exception {
    String basic = "Basic " + Base64.getEncoder()
        .encodeToString("ci-publisher:not-a-secret".getBytes(StandardCharsets.UTF_8));
    brokerAccepting(basic);
    MavenRun.Result run = MavenRun.inModule("initialize", "pact:publish")
        .env("PACT_BROKER_BASE_URL", "http://127.0.0.1:" + broker.port())
        .env("PACT_BROKER_USERNAME", "ci-publisher")
        .env("PACT_BROKER_PASSWORD", "not-a-secret")
        .run();
    assertThat(run.exitCode()).as("mvn initialize pact:publish, log:%n%s", run.log()).isZero();

    broker.verify(1, postRequestedFor(urlEqualTo("/contracts/publish")).withHeader("Authorization", equalTo(basic)));
  }

  private static ResponseDefinitionBuilder hal(String json) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/hal+json").withBody(json);
  }
}
