package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines take the lean path (no simulator classes) and which register every command. */
class LocalAtlasCommandsTest {

  @Test
  void anUpdateAloneIsLean() {
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"updatePeeringConnection", "--groupId", "x"})).isTrue();
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"--debug", "updateGroupPeer"})).isTrue();
  }

  @Test
  void everythingElseOrAnythingAmbiguousRegistersEveryCommand() {
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"demo"})).isFalse();
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"simulator", "--port", "0"})).isFalse();
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"help", "updatePeeringConnection"})).isFalse();
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"--help"})).isFalse();
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {})).isFalse();
    // a profile named like a command: the slower path, which is always correct
    assertThat(LocalAtlasCommands.isUpdateOnly(new String[] {"updatePeeringConnection", "-P", "demo"})).isFalse();
  }

  @Test
  void anUpdateCommandLineRegistersOnlyTheUpdateAndHelp() {
    CliRun help = CliRun.run(java.util.Map.of(), "", "--help");
    assertThat(help.out()).contains("updatePeeringConnection").contains("simulator").contains("demo").contains("help");

    picocli.CommandLine lean = LocalAtlasCommands.addTo(new picocli.CommandLine(new AtlasPeeringCli()),
        new String[] {"updatePeeringConnection"});
    assertThat(lean.getSubcommands().keySet()).containsExactlyInAnyOrder("updatePeeringConnection", "updateGroupPeer", "help");
  }
}
