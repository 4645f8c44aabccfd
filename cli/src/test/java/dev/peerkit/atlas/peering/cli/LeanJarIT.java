package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars, run as a user runs them ({@code java -jar cli/target/atlas-peering.jar}): a
 * one-shot update needs only the lean jar and never opens the simulator's; {@code demo} and {@code
 * simulator} still work from the same command, through {@code atlas-peering-simulator.jar} beside it.
 */
class LeanJarIT {

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  private static final Path TARGET = Path.of(System.getProperty("cli.target", "target"));
  private static final Path JAR = TARGET.resolve("atlas-peering.jar");
  private static final Path SIMULATOR_JAR = TARGET.resolve(LocalAtlasCommands.SIMULATOR_JAR);
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private record Run(int exit, String out, String err) {}

  private static Run java(Map<String, String> env, Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("MONGODB_ATLAS_") || k.endsWith("JAVA_OPTIONS")
        || k.equals("JAVA_TOOL_OPTIONS"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
  }

  private static boolean hasEntry(Path jar, String prefix) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().anyMatch(e -> e.getName().startsWith(prefix));
    }
  }

  @Test
  void theCliJarHoldsNoSimulatorJettyOrRequestValidator() throws Exception {
    assertThat(JAR).exists();
    for (String heavy : List.of("dev/peerkit/atlas/peering/simulator/", "org/eclipse/jetty/",
        "com/atlassian/oai/validator/", "com/google/common/", "org/mozilla/javascript/", "org/joda/time/")) {
      assertThat(hasEntry(JAR, heavy)).as(heavy + " in " + JAR).isFalse();
    }
    assertThat(hasEntry(SIMULATOR_JAR, "org/eclipse/jetty/server/")).isTrue();
    assertThat(hasEntry(SIMULATOR_JAR, "dev/peerkit/atlas/peering/simulator/AtlasSimulator")).isTrue();
  }

  @Test
  void aOneShotUpdateLoadsNothingFromTheSimulatorJar(AtlasSimulator atlas, @TempDir Path dir) throws Exception {
    Path body = dir.resolve("aws.json");
    Files.writeString(body, UpdatePeeringConnectionCommandTest.AWS_BODY, StandardCharsets.UTF_8);
    DemoCredentials demo = atlas.demoCredentials();
    Run run = java(Map.of("MONGODB_ATLAS_CLIENT_ID", demo.clientId(), "MONGODB_ATLAS_CLIENT_SECRET", demo.clientSecret()),
        dir, "-Xlog:class+load=info:file=" + dir.resolve("classes.txt"), "-jar", JAR.toAbsolutePath().toString(),
        "updatePeeringConnection", "--base-url", atlas.baseUrl(), "--groupId", SeedData.GROUP_ID,
        "--peerId", SeedData.AWS_PEER_ID, "--file", body.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("PENDING_ACCEPTANCE");
    String loaded = Files.readString(dir.resolve("classes.txt"));
    assertThat(loaded).contains("dev.peerkit.atlas.peering.cli.UpdatePeeringConnectionCommand")
        .doesNotContain(LocalAtlasCommands.SIMULATOR_JAR)
        .doesNotContain("org.eclipse.jetty")
        .doesNotContain("dev.peerkit.atlas.peering.cli.DemoCommand")
        .doesNotContain("dev.peerkit.atlas.peering.cli.SimulatorCommand");
  }

  @Test
  void theReadmesDemoIsStillOneCommand(@TempDir Path dir) throws Exception {
    Run run = java(Map.of(), dir, "-jar", JAR.toAbsolutePath().toString(), "demo");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Demo finished: 3 peering connections updated, 2 errors handled.");
  }

  @Test
  void withoutTheSimulatorJarDemoSaysWhatIsMissingOnOneLine(@TempDir Path dir) throws Exception {
    Path alone = dir.resolve("atlas-peering.jar");
    Files.copy(JAR, alone);

    Run demo = java(Map.of(), dir, "-jar", alone.toString(), "demo");
    assertThat(demo.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(demo.err().strip()).doesNotContain("\n").contains(LocalAtlasCommands.SIMULATOR_JAR);

    Run help = java(Map.of(), dir, "-jar", alone.toString(), "--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("updatePeeringConnection");
  }
}
