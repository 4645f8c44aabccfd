package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import dev.peerkit.atlas.peering.spec.SpecFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code updatePeeringConnection --batch}: one outcome per input line, in order, nothing lost. */
class BatchUpdateTest {

  private static final String UNKNOWN_PEER = "0123456789abcdef01234567";
  private final ObjectMapper json = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aMixedBatchReportsEveryLineInOrderWithOneToken() throws Exception {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      atlas.faults().serviceUnavailable(1, Duration.ofSeconds(1)); // line 1: a 503, then success
      Path input = write("updates.jsonl",
          line(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "AWS"),
          line(SeedData.GROUP_ID, SeedData.GCP_PEER_ID, "GCP"),
          line(SeedData.GROUP_ID, SeedData.AZURE_PEER_ID, "AZURE"),
          "this is not JSON",
          line(SeedData.GROUP_ID, UNKNOWN_PEER, "AWS"),
          "{\"groupId\":\"" + SeedData.GROUP_ID + "\",\"peerId\":\"" + SeedData.AWS_PEER_ID + "\"}",
          "{\"peerId\":\"" + SeedData.GCP_PEER_ID + "\",\"body\":" + SpecFixtures.requestJson("GCP") + "}");

      CliRun run = CliRun.run(UpdatePeeringConnectionCommandTest.bothEnv(atlas), "",
          "updatePeeringConnection", "--batch", input.toString(), "--groupId", SeedData.GROUP_ID);

      List<JsonNode> report = parse(run.out());
      assertThat(report).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7);
      assertThat(report).extracting(r -> r.get("outcome").asText()).containsExactly(
          "SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "INVALID", "ATLAS_ERROR", "INVALID", "SUCCEEDED");
      assertThat(report.get(0).get("httpStatus").asInt()).isEqualTo(200);
      assertThat(report.get(0).get("answer").get("id").asText()).isEqualTo(SeedData.AWS_PEER_ID);
      assertThat(report.get(1).get("answer").get("providerName").asText()).isEqualTo("GCP");
      assertThat(report.get(2).get("answer").get("providerName").asText()).isEqualTo("AZURE");
      assertThat(report.get(3).get("exitCode").asInt()).isEqualTo(ExitCode.USAGE);
      assertThat(report.get(3).get("reason").asText()).contains("line 4 is not JSON");
      assertThat(report.get(4).get("httpStatus").asInt()).isEqualTo(404);
      assertThat(report.get(4).get("errorCode").asText()).isEqualTo("RESOURCE_NOT_FOUND");
      assertThat(report.get(4).get("peerId").asText()).isEqualTo(UNKNOWN_PEER);
      assertThat(report.get(4).get("answer").get("errorCode").asText()).isEqualTo("RESOURCE_NOT_FOUND");
      assertThat(report.get(5).get("reason").asText()).contains("\"body\"");
      assertThat(report.get(6).get("groupId").asText()).as("--groupId is the default").isEqualTo(SeedData.GROUP_ID);
      assertThat(atlas.faults().pending()).as("the 503 was met and retried").isZero();
      assertThat(atlas.tokenRequestCount()).as("one token for the whole batch").isEqualTo(1);
      assertThat(run.exitCode()).as("invalid lines outrank Atlas errors").isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).contains("Done: 7/7 lines (4 succeeded, 1 Atlas errors, 2 invalid, 0 transport failures)");
    }
  }

  @Test
  void allSucceededExitsZeroAndAtlasErrorsExitOne() throws Exception {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      Path good = write("good.jsonl", line(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "AWS"));
      Path bad = write("bad.jsonl", line(SeedData.GROUP_ID, UNKNOWN_PEER, "AWS"));
      Path report = dir.resolve("report.jsonl");

      CliRun ok = CliRun.run(UpdatePeeringConnectionCommandTest.bothEnv(atlas), "",
          "updatePeeringConnection", "--batch", good.toString(), "--report", report.toString(), "--pretty");
      List<JsonNode> written = parse(Files.readString(report));
      CliRun notFound = CliRun.run(UpdatePeeringConnectionCommandTest.bothEnv(atlas), "",
          "updatePeeringConnection", "--batch", bad.toString());

      assertThat(ok.exitCode()).isZero();
      assertThat(ok.out()).isEmpty();
      assertThat(written).singleElement().satisfies(r -> assertThat(r.get("outcome").asText()).isEqualTo("SUCCEEDED"));
      assertThat(notFound.exitCode()).isEqualTo(ExitCode.API_ERROR);
    }
  }

  @Test
  void anInterruptedBatchMarksTheLineInFlightAndResumeSendsOnlyTheRest() throws Exception {
    // Two requests at once, then one a second: the batch is still running when it is interrupted.
    try (AtlasSimulator atlas = AtlasSimulator.builder().rateLimit(TokenBucketPolicy.of(2, 1, 1)).build().start()) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        lines.add(line(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "AWS"));
      }
      Path input = write("updates.jsonl", lines.toArray(String[]::new));
      Path first = dir.resolve("first.jsonl");
      Map<String, String> env = UpdatePeeringConnectionCommandTest.bothEnv(atlas);
      AtomicInteger exit = new AtomicInteger(-1);
      StringWriter err = new StringWriter();
      Thread batch = new Thread(() -> exit.set(AtlasPeeringCli.run(new String[] {"updatePeeringConnection",
          "--batch", input.toString(), "--report", first.toString()},
          new Console(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true)))));
      batch.start();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (lines(first).size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      batch.interrupt(); // as Ctrl-C does through the shutdown hook
      batch.join(30_000);

      List<JsonNode> before = parse(Files.readString(first));
      assertThat(batch.isAlive()).isFalse();
      assertThat(exit).hasValue(ExitCode.UNREACHABLE);
      assertThat(before.size()).isBetween(3, 5);
      assertThat(before).extracting(r -> r.get("line").asInt())
          .containsExactlyElementsOf(range(1, before.size()));
      assertThat(before.subList(0, 3)).allSatisfy(r -> assertThat(r.get("outcome").asText()).isEqualTo("SUCCEEDED"));
      assertThat(before.get(before.size() - 1).get("outcome").asText()).isIn("SUCCEEDED", "INTERRUPTED");
      assertThat(err.toString()).contains("run again with --resume");
      long succeededBefore = before.stream().filter(r -> r.get("outcome").asText().equals("SUCCEEDED")).count();
      long sentBefore = atlas.rateLimits().orElseThrow().allowedCount();
      assertThat(sentBefore).isEqualTo(succeededBefore);

      Path second = dir.resolve("second.jsonl");
      CliRun resumed = CliRun.run(env, "", "updatePeeringConnection", "--batch", input.toString(),
          "--resume", first.toString(), "--report", second.toString());

      List<JsonNode> after = parse(Files.readString(second));
      assertThat(resumed.exitCode()).as(resumed.err()).isZero();
      assertThat(after).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(after).allSatisfy(r -> assertThat(r.get("outcome").asText()).isEqualTo("SUCCEEDED"));
      for (int i = 0; i < succeededBefore; i++) {
        assertThat(after.get(i)).as("copied, not sent again").isEqualTo(before.get(i));
      }
      assertThat(atlas.rateLimits().orElseThrow().allowedCount()).as("each line sent once").isEqualTo(6);
    }
  }

  /** A real process and a real signal (SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT). */
  @Test
  void aSignalledBatchProcessLeavesAWholeReportAndResumeCompletesIt() throws Exception {
    try (AtlasSimulator atlas = AtlasSimulator.builder().rateLimit(TokenBucketPolicy.of(2, 1, 2)).build().start()) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        lines.add(line(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "AWS"));
      }
      Path input = write("updates.jsonl", lines.toArray(String[]::new));
      Path first = dir.resolve("first.jsonl");
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), AtlasPeeringCli.class.getName(),
          "updatePeeringConnection", "--batch", input.toString(), "--report", first.toString())
          .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile());
      builder.environment().putAll(UpdatePeeringConnectionCommandTest.bothEnv(atlas));
      Process batch = builder.start();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (lines(first).size() < 3 && batch.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      batch.destroy(); // SIGTERM
      assertThat(batch.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

      List<JsonNode> before = parse(Files.readString(first));
      assertThat(before.size()).isBetween(3, 7);
      assertThat(before).extracting(r -> r.get("line").asInt()).containsExactlyElementsOf(range(1, before.size()));
      assertThat(Files.readString(dir.resolve("err.txt"))).contains("run again with --resume")
          .doesNotContain("Revoking the service-account token failed");
      assertThat(before).allSatisfy(r -> assertThat(r.get("outcome").asText()).isIn("SUCCEEDED", "INTERRUPTED"));

      CliRun resumed = CliRun.run(UpdatePeeringConnectionCommandTest.bothEnv(atlas), "", "updatePeeringConnection",
          "--batch", input.toString(), "--resume", first.toString(), "--report", first.toString());

      List<JsonNode> after = parse(Files.readString(first));
      assertThat(resumed.exitCode()).as(resumed.err()).isZero();
      assertThat(after).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      assertThat(after).allSatisfy(r -> assertThat(r.get("outcome").asText()).isEqualTo("SUCCEEDED"));
      assertThat(atlas.rateLimits().orElseThrow().allowedCount()).as("each line sent once").isEqualTo(8);
    }
  }

  @Test
  void aUsageErrorLeavesAnEarlierReportAsItWas() throws Exception {
    Path input = write("updates.jsonl", line(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "AWS"));
    Path report = write("report.jsonl", "{\"line\":1,\"outcome\":\"SUCCEEDED\"}");

    CliRun run = CliRun.run(Map.of(), "", "updatePeeringConnection", "--batch", input.toString(),
        "--report", report.toString(), "--resume", report.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("No credentials");
    assertThat(Files.readString(report)).contains("\"line\":1");
  }

  @Test
  void aRefusedServiceAccountIsAnAtlasErrorPerLine() throws Exception {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      Path input = write("updates.jsonl", line(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "AWS"));
      Map<String, String> env = Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", atlas.baseUrl(),
          "MONGODB_ATLAS_CLIENT_ID", atlas.demoCredentials().clientId(), "MONGODB_ATLAS_CLIENT_SECRET", "wrong-secret");

      CliRun run = CliRun.run(env, "", "updatePeeringConnection", "--batch", input.toString());

      JsonNode outcome = parse(run.out()).get(0);
      assertThat(outcome.get("outcome").asText()).isEqualTo("ATLAS_ERROR");
      assertThat(outcome.get("httpStatus").asInt()).isEqualTo(401);
      assertThat(outcome.get("errorCode").asText()).isEqualTo("invalid_client");
      assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(run.out()).doesNotContain("wrong-secret");
    }
  }

  @Test
  void batchTakesItsIdsFromItsLines() {
    CliRun run = CliRun.run(Map.of(), "", "updatePeeringConnection", "--batch", "x.jsonl", "--peerId",
        SeedData.AWS_PEER_ID);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("drop --peerId");
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      numbers.add(i);
    }
    return numbers;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : Collections.emptyList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(String groupId, String peerId, String provider) {
    return "{\"groupId\":\"" + groupId + "\",\"peerId\":\"" + peerId + "\",\"body\":"
        + SpecFixtures.requestJson(provider) + "}";
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  private List<JsonNode> parse(String report) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String text : report.split("\n")) {
      if (!text.isBlank()) {
        nodes.add(json.readTree(text));
      }
    }
    return nodes;
  }
}
