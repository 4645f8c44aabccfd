package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, the tool's version and the demo. */
class CommandsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "updatePeeringConnection", "updateGroupPeer", "simulator", "demo"})
  void everyCommandHasHelp(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    CliRun run = CliRun.run(Map.of(), "", args);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: atlas-peering");
  }

  @Test
  void topLevelVersionIsTheToolsVersion() {
    CliRun run = CliRun.run(Map.of(), "", "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("(?s)atlas-peering \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*");
  }

  @Test
  void demoUpdatesAllThreeProvidersWithBothAuthSchemesAndHandlesErrors() {
    CliRun run = CliRun.run(Map.of(), "", "demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("(Digest API key ) AWS   peer 5e57a0e35c6d2b1a2c3d4e5f -> statusName PENDING_ACCEPTANCE")
        .contains("(service account) AZURE peer 5e57a0e35c6d2b1a2c3d4e60 -> status ADDING_PEER")
        .contains("(service account, envelope=true) GCP   peer 5e57a0e35c6d2b1a2c3d4e61 -> status ADDING_PEER")
        .contains("invalid groupId").contains("nothing was sent")
        .contains("HTTP 404 RESOURCE_NOT_FOUND")
        .contains("Demo finished");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    CliRun run = CliRun.run(Map.of(), "", "deletePeeringConnection");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("deletePeeringConnection");
  }
}
