package dev.peerkit.atlas.peering.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven (the one running this build) on the contract-tests module, as a user would from the
 * command line, with a chosen environment. The Pact broker and build URL variables of the
 * surrounding environment are left out, so only the test's own reach the plugin.
 */
final class MavenRun {

  private static final List<String> BROKER_VARIABLES = List.of(
      "PACT_BROKER_BASE_URL", "PACT_BROKER_TOKEN", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD");
  /** What the build reads a build URL from (contract-tests/pom.xml, profiles ci-*). */
  private static final List<String> BUILD_URL_VARIABLES = List.of(
      "GITHUB_RUN_ID", "CI_JOB_URL", "BUILD_URL", "PACT_BUILD_URL");

  private final List<String> goals;
  private final Map<String, String> env = new LinkedHashMap<>();

  private MavenRun(List<String> goals) {
    this.goals = goals;
  }

  /**
   * @param goals phases and goals, e.g. {@code initialize pact:publish}
   * @return a run on the contract-tests module
   */
  static MavenRun inModule(String... goals) {
    return new MavenRun(List.of(goals));
  }

  /**
   * @param name environment variable
   * @param value its value
   * @return this
   */
  MavenRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** @return the exit code and the log */
  Result run() throws IOException, InterruptedException {
    Path module = Path.of(System.getProperty("contract.moduleDirectory"));
    Path log = Files.createTempFile(Path.of(System.getProperty("contract.buildDirectory")), "maven-run-", ".log");
    List<String> command = new ArrayList<>(List.of(maven(), "-B", "-f", module.resolve("pom.xml").toString(),
        "-Dmaven.repo.local=" + System.getProperty("contract.localRepository")));
    command.addAll(goals);
    ProcessBuilder builder = new ProcessBuilder(command).directory(module.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    BROKER_VARIABLES.forEach(builder.environment()::remove);
    BUILD_URL_VARIABLES.forEach(builder.environment()::remove);
    builder.environment().put("PACT_DO_NOT_TRACK", "true");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn " + goals + " did not finish in 10 minutes; log: " + log);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String maven() {
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
    return Path.of(System.getProperty("contract.mavenHome"), "bin", windows ? "mvn.cmd" : "mvn").toString();
  }

  /**
   * @param exitCode Maven's exit code
   * @param log everything Maven printed
   */
  record Result(int exitCode, String log) {}
}
