package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Atlas CLI's spelling of the command ({@code atlas api networkPeering updateGroupPeer}):
 * {@code --projectId}, {@code --outputFile} and {@code -P/--profile} with its {@code config.toml},
 * against the simulator.
 */
class AtlasCliParityTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @TempDir Path tmp;

  private final ObjectMapper json = new ObjectMapper();

  /** Writes {@code $XDG_CONFIG_HOME/atlascli/config.toml} as the Atlas CLI would, and returns the env. */
  private Map<String, String> profileEnv(String toml) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("xdg").resolve("atlascli"));
    Files.writeString(dir.resolve("config.toml"), toml);
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", tmp.resolve("xdg").toString());
    return env;
  }

  private static String digestProfile(String name, AtlasSimulator atlas) {
    DemoCredentials demo = atlas.demoCredentials();
    return "[" + name + "]\n"
        + "  output = \"json\"\n"
        + "  ops_manager_url = \"" + atlas.baseUrl() + "\"\n"
        + "  project_id = \"" + SeedData.GROUP_ID + "\"\n"
        + "  public_api_key = \"" + demo.apiPublicKey() + "\"\n"
        + "  private_api_key = \"" + demo.apiPrivateKey() + "\"\n";
  }

  @Test
  void theAtlasCliCommandLineWorksWithAProfileFromConfigToml(AtlasSimulator atlas) throws Exception {
    Map<String, String> env = profileEnv("[default]\n  project_id = \"000000000000000000000000\"\n\n"
        + digestProfile("test", atlas));
    Path out = tmp.resolve("out.json");

    CliRun run = CliRun.run(env, UpdatePeeringConnectionCommandTest.AWS_BODY,
        "updatePeeringConnection", "--projectId", SeedData.GROUP_ID, "--peerId", SeedData.AWS_PEER_ID,
        "--outputFile", out.toString(), "-P", "test");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    JsonNode written = json.readTree(Files.readString(out));
    assertThat(written.get("id").asText()).isEqualTo(SeedData.AWS_PEER_ID);
    assertThat(written.get("statusName").asText()).isEqualTo("PENDING_ACCEPTANCE");
  }

  @Test
  void theProfilesProjectIdStandsInForGroupIdAndServiceAccountsWork(AtlasSimulator atlas) throws Exception {
    DemoCredentials demo = atlas.demoCredentials();
    Map<String, String> env = profileEnv("[sa]\n"
        + "ops_manager_url = \"" + atlas.baseUrl() + "\"\n"
        + "project_id = \"" + SeedData.GROUP_ID + "\"\n"
        + "client_id = \"" + demo.clientId() + "\"\n"
        + "client_secret = \"" + demo.clientSecret() + "\"\n");

    CliRun run = CliRun.run(env, UpdatePeeringConnectionCommandTest.AWS_BODY,
        "updateGroupPeer", "--peerId", SeedData.AWS_PEER_ID, "--profile", "sa");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(json.readTree(run.out()).get("id").asText()).isEqualTo(SeedData.AWS_PEER_ID);
    assertThat(run.err() + run.out()).doesNotContain(demo.clientSecret());
  }

  @Test
  void flagsBeatEnvironmentVariablesWhichBeatTheProfile(AtlasSimulator atlas) throws Exception {
    // The profile's keys are wrong: the environment's pair and base URL must win over them.
    Map<String, String> env = profileEnv("[test]\n"
        + "ops_manager_url = \"http://127.0.0.1:1\"\n"
        + "project_id = \"ffffffffffffffffffffffff\"\n"
        + "public_api_key = \"nobody\"\n"
        + "private_api_key = \"not-the-key\"\n");
    env.putAll(UpdatePeeringConnectionCommandTest.digestEnv(atlas));
    env.put("MONGODB_ATLAS_PROJECT_ID", "eeeeeeeeeeeeeeeeeeeeeeee");

    CliRun fromFlag = CliRun.run(env, UpdatePeeringConnectionCommandTest.AWS_BODY,
        "updatePeeringConnection", "--groupId", SeedData.GROUP_ID, "--peerId", SeedData.AWS_PEER_ID, "-P", "test");
    CliRun fromEnv = CliRun.run(env, UpdatePeeringConnectionCommandTest.AWS_BODY,
        "updatePeeringConnection", "--peerId", SeedData.AWS_PEER_ID, "-P", "test");

    assertThat(fromFlag.exitCode()).as(fromFlag.err()).isZero();
    // The environment's project id beats the profile's: Atlas says which project it looked in.
    assertThat(fromEnv.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(fromEnv.err()).contains("eeeeeeeeeeeeeeeeeeeeeeee").doesNotContain("ffffffffffffffffffffffff");
  }

  @Test
  void aMissingProfileOrBrokenFileIsAUsageErrorThatShowsNoSecret(AtlasSimulator atlas) throws Exception {
    Map<String, String> env = profileEnv(digestProfile("test", atlas) + "broken = \"" + "secret-123");

    CliRun broken = CliRun.run(env, UpdatePeeringConnectionCommandTest.AWS_BODY,
        "updatePeeringConnection", "--peerId", SeedData.AWS_PEER_ID, "-P", "test");
    assertThat(broken.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(broken.err()).contains("not valid TOML").doesNotContain("secret-123")
        .doesNotContain(atlas.demoCredentials().apiPrivateKey());

    Map<String, String> good = profileEnv(digestProfile("test", atlas));
    CliRun missing = CliRun.run(good, UpdatePeeringConnectionCommandTest.AWS_BODY,
        "updatePeeringConnection", "--peerId", SeedData.AWS_PEER_ID, "-P", "prod");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("--profile prod", "no such profile");
  }
}
