package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.states.PactProviderStates;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code atlas-peering simulator} runs in the foreground; the CLI then works against it. */
class SimulatorCommandTest {

  @Test
  void printsItsUrlAndDemoCredentialsAndServesTheCli() throws Exception {
    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread foreground = new Thread(() -> exit.set(AtlasPeeringCli.run(new String[] {"simulator", "--port", "0"},
        new Console(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true)))));
    foreground.start();
    Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher("");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!out.toString().contains("GCP   peer") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    url.reset(out.toString());
    assertThat(url.find(0)).as(out.toString()).isTrue();
    DemoCredentials demo = DemoCredentials.DEFAULT;
    assertThat(out.toString()).contains("MONGODB_ATLAS_CLIENT_ID=" + demo.clientId())
        .contains("MONGODB_ATLAS_PUBLIC_API_KEY=" + demo.apiPublicKey())
        .contains("Seeded project (groupId) " + SeedData.GROUP_ID)
        .contains("AWS   peer " + SeedData.AWS_PEER_ID + " in container " + SeedData.AWS_CONTAINER_ID)
        .contains("AZURE peer " + SeedData.AZURE_PEER_ID + " in container " + SeedData.AZURE_CONTAINER_ID)
        .contains("GCP   peer " + SeedData.GCP_PEER_ID + " in container " + SeedData.GCP_CONTAINER_ID)
        .doesNotContain("Provider state");

    CliRun update = CliRun.run(Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", url.group(1),
            "MONGODB_ATLAS_CLIENT_ID", demo.clientId(), "MONGODB_ATLAS_CLIENT_SECRET", demo.clientSecret()),
        UpdatePeeringConnectionCommandTest.GCP_BODY,
        "updatePeeringConnection", "--groupId", SeedData.GROUP_ID, "--peerId", SeedData.GCP_PEER_ID);
    assertThat(update.exitCode()).as(update.err()).isZero();
    assertThat(update.out()).contains("\"status\":\"ADDING_PEER\"");

    foreground.interrupt();
    foreground.join(10_000);
    assertThat(foreground.isAlive()).isFalse();
    assertThat(exit).hasValue(ExitCode.OK);
    assertThat(out.toString()).contains("Atlas simulator stopped.");
  }

  /** {@code --provider-states}: the banner names the state change URL, and a Pact state set there applies. */
  @Test
  void servesProviderStatesWhenAsked() throws Exception {
    StringWriter out = new StringWriter();
    Thread foreground = new Thread(() -> AtlasPeeringCli.run(
        new String[] {"simulator", "--port", "0", "--provider-states"},
        new Console(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true))));
    foreground.start();
    Matcher stateUrl = Pattern.compile("Provider state change URL \\(for Pact verifiers\\): "
        + "(http://127\\.0\\.0\\.1:\\d+)/_pact/provider-states").matcher("");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!stateUrl.reset(out.toString()).find() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    try {
      assertThat(stateUrl.reset(out.toString()).find()).as(out.toString()).isTrue();
      String base = stateUrl.group(1);
      HttpResponse<String> setup = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(base + PactProviderStates.PATH))
              .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\""
                  + PactProviderStates.UNEXPECTED_SERVER_ERROR + "\",\"params\":{},\"action\":\"setup\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(setup.statusCode()).isEqualTo(200);

      DemoCredentials demo = DemoCredentials.DEFAULT;
      CliRun update = CliRun.run(Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", base,
              "MONGODB_ATLAS_CLIENT_ID", demo.clientId(), "MONGODB_ATLAS_CLIENT_SECRET", demo.clientSecret()),
          UpdatePeeringConnectionCommandTest.GCP_BODY,
          "updatePeeringConnection", "--groupId", SeedData.GROUP_ID, "--peerId", SeedData.GCP_PEER_ID);
      assertThat(update.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(update.err()).contains("500", "UNEXPECTED_ERROR");
    } finally {
      foreground.interrupt();
      foreground.join(10_000);
    }
  }

  /** {@code --rate-limit-*}: a one-request bucket; the second update meets Atlas's 429. */
  @Test
  void rateLimitsWhenAsked() throws Exception {
    StringWriter out = new StringWriter();
    Thread foreground = new Thread(() -> AtlasPeeringCli.run(new String[] {"simulator", "--port", "0",
        "--rate-limit-capacity", "1", "--rate-limit-refill-rate", "1", "--rate-limit-refill-seconds", "3600"},
        new Console(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true))));
    foreground.start();
    Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher("");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!out.toString().contains("Rate limit per project") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    try {
      assertThat(url.reset(out.toString()).find()).as(out.toString()).isTrue();
      assertThat(out.toString()).contains("Rate limit per project: 1 requests, refill 1 per 3600 seconds");
      DemoCredentials demo = DemoCredentials.DEFAULT;
      Map<String, String> env = Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", url.group(1),
          "MONGODB_ATLAS_CLIENT_ID", demo.clientId(), "MONGODB_ATLAS_CLIENT_SECRET", demo.clientSecret());
      String[] args = {"updatePeeringConnection", "--groupId", SeedData.GROUP_ID, "--peerId", SeedData.GCP_PEER_ID};

      CliRun first = CliRun.run(env, UpdatePeeringConnectionCommandTest.GCP_BODY, args);
      CliRun second = CliRun.run(env, UpdatePeeringConnectionCommandTest.GCP_BODY, args);

      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(second.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(second.err()).contains("429", "RATE_LIMITED_TOKEN_BUCKET");
    } finally {
      foreground.interrupt();
      foreground.join(10_000);
    }
  }

  @Test
  void rejectsAnInvalidRateLimit() {
    CliRun run = CliRun.run(Map.of(), "", "simulator", "--rate-limit-capacity", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--rate-limit");
  }

  @Test
  void rejectsAnInvalidPort() {
    CliRun run = CliRun.run(Map.of(), "", "simulator", "--port", "70000");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--port");
  }
}
