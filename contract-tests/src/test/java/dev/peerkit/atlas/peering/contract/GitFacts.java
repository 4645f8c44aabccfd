package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Checks the consumer version and branch the broker received against git itself, apart from the
 * plugin configuration: the project version plus the current commit, and the current branch. In CI
 * on a detached checkout git names no branch; the build's git properties, which read the CI
 * environment, name it then.
 */
final class GitFacts {

  private GitFacts() {}

  /** @param version {@code <project version>+<abbreviated commit>}, as {@code git rev-parse HEAD} names it */
  static void assertConsumerVersion(String version) {
    String projectVersion = System.getProperty("contract.projectVersion");
    assertThat(version).startsWith(projectVersion + "+");
    String abbrev = version.substring(projectVersion.length() + 1);
    assertThat(abbrev).matches("[0-9a-f]{7,40}");
    assertThat(git("rev-parse", "HEAD")).as("the current commit").startsWith(abbrev);
  }

  /** @param branch the current branch: {@code git symbolic-ref --short HEAD}, or the build's on a detached HEAD */
  static void assertBranch(String branch) {
    String current = git("symbolic-ref", "--quiet", "--short", "HEAD");
    assertThat(branch).isNotBlank().isEqualTo(current.isEmpty() ? System.getProperty("contract.gitBranch") : current);
  }

  private static String git(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process process = new ProcessBuilder(command)
          .directory(Path.of(System.getProperty("contract.moduleDirectory", ".")).toFile())
          .redirectErrorStream(true)
          .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return process.exitValue() == 0 ? out : "";
    } catch (IOException e) {
      throw new AssertionError("git is needed to check the published version", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
