package dev.peerkit.atlas.peering.bench.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The two whole-process contestants: a shell loop of one-shot CLI calls, and one --batch. */
final class CliRuns {

  /** The spec's AWS request example, for the seeded AWS peer. */
  static final String AWS_BODY = AtlasPeeringSpec.requestExample("AWS").toString();

  private static final ObjectMapper MAPPER = AtlasObjectMapper.create();

  private CliRuns() {}

  static PeeringConnectionUpdate awsUpdate() {
    try {
      return MAPPER.readValue(AWS_BODY, PeeringConnectionUpdate.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code for i in 1..N: java -jar atlas-peering.jar updatePeeringConnection ...}; each process fetches and revokes a token. */
  static int shellLoop(AtlasSimulator atlas, Path cliJar, Path work, int updates) throws Exception {
    Path body = Files.writeString(work.resolve("body.json"), AWS_BODY, StandardCharsets.UTF_8);
    Path codes = work.resolve("exit-codes.txt");
    String script = "for i in $(seq 1 " + updates + "); do "
        + String.join(" ", java(cliJar)) + " updatePeeringConnection --groupId " + SeedData.GROUP_ID
        + " --peerId " + SeedData.AWS_PEER_ID + " --file '" + body + "' > /dev/null 2>> '" + work.resolve("shell.err")
        + "'; echo $? >> '" + codes + "'; done";
    run(atlas, List.of("bash", "-c", script), work);
    return (int) Files.readAllLines(codes).stream().filter(code -> !code.strip().equals("0")).count();
  }

  /** One {@code --batch} process over a JSON-lines file of N updates. */
  static int batch(AtlasSimulator atlas, Path cliJar, Path work, int updates) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < updates; i++) {
      lines.add("{\"groupId\":\"" + SeedData.GROUP_ID + "\",\"peerId\":\"" + SeedData.AWS_PEER_ID
          + "\",\"body\":" + AWS_BODY + "}");
    }
    Path input = Files.write(work.resolve("updates.jsonl"), lines, StandardCharsets.UTF_8);
    Path report = work.resolve("report.jsonl");
    List<String> command = new ArrayList<>(java(cliJar));
    command.addAll(List.of("updatePeeringConnection", "--batch", input.toString(), "--report", report.toString()));
    run(atlas, command, work);
    int failed = 0;
    for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
      JsonNode outcome = MAPPER.readTree(line);
      if (!outcome.path("outcome").asText().equals("SUCCEEDED")) {
        failed++;
      }
    }
    return failed + Math.max(0, updates - Files.readAllLines(report).size());
  }

  /** The launch command the README measures: the AppCDS archive when the build made one. */
  private static List<String> java(Path cliJar) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1"));
    Path archive = cliJar.resolveSibling("atlas-peering.jsa");
    if (Files.exists(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(List.of("-jar", cliJar.toString()));
    return command;
  }

  private static void run(AtlasSimulator atlas, List<String> command, Path work) throws Exception {
    DemoCredentials demo = atlas.demoCredentials();
    ProcessBuilder process = new ProcessBuilder(command).directory(work.toFile())
        .redirectOutput(work.resolve("process.out").toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("process.err").toFile()));
    Map<String, String> env = process.environment();
    env.keySet().removeIf(name -> name.startsWith("MONGODB_ATLAS_"));
    env.put("MONGODB_ATLAS_OPS_MANAGER_URL", atlas.baseUrl());
    env.put("MONGODB_ATLAS_CLIENT_ID", demo.clientId());
    env.put("MONGODB_ATLAS_CLIENT_SECRET", demo.clientSecret());
    int code = process.start().waitFor();
    if (code > 3) {
      throw new IllegalStateException("exit code " + code + " from " + command.get(command.size() - 1)
          + "; see " + work.resolve("process.err"));
    }
  }
}
