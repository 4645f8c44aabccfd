package dev.peerkit.atlas.peering.cli;

import static dev.peerkit.atlas.peering.cli.UpdatePeeringConnectionCommandTest.AWS_BODY;
import static dev.peerkit.atlas.peering.cli.UpdatePeeringConnectionCommandTest.digestEnv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a careless or hurried user gives: each ends in a clear exit code, nothing half-done. */
class HardenedInputTest {

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  private static String[] update(String... more) {
    String[] base = {"updatePeeringConnection", "--groupId", SeedData.GROUP_ID, "--peerId", SeedData.AWS_PEER_ID};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static void assertNothingSent(AtlasSimulator atlas) {
    assertThat(atlas.store().getConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID)).contains(SeedData.awsConnection());
  }

  private static void assertUsage(CliRun run, String... mentions) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(mentions).doesNotContain("\tat ");
  }

  @Test
  void anUnwritableOutputFileIsRefusedBeforeAnythingIsSent(AtlasSimulator atlas, @TempDir Path dir) {
    assertUsage(CliRun.run(digestEnv(atlas), AWS_BODY, update("--output-file", "/no/such/dir/x.json")), "--output-file");
    assertUsage(CliRun.run(digestEnv(atlas), AWS_BODY, update("--output-file", dir.toString())), "--output-file");
    assertNothingSent(atlas);
    CliRun dash = CliRun.run(digestEnv(atlas), AWS_BODY, update("--output-file", "-"));
    assertThat(dash.exitCode()).as(dash.err()).isZero();
    assertThat(dash.out()).contains("\"statusName\":\"PENDING_ACCEPTANCE\"");
  }

  @Test
  void theApiVersionFlagBeforeTheCommandIsAnErrorNotASilentNoOp(AtlasSimulator atlas) {
    String[] args = {"--version", "2023-01-01", "updatePeeringConnection", "--groupId", SeedData.GROUP_ID,
        "--peerId", SeedData.AWS_PEER_ID};
    assertUsage(CliRun.run(digestEnv(atlas), AWS_BODY, args), "goes after the command name");
    assertNothingSent(atlas);
  }

  @Test
  void malformedBodiesAreUsageErrors(AtlasSimulator atlas) {
    Map<String, String> env = digestEnv(atlas);
    assertUsage(CliRun.run(env, "[".repeat(2000) + "]".repeat(2000), update()), "not valid JSON");
    assertUsage(CliRun.run(env, AWS_BODY + " trailing", update()), "not valid JSON");
    assertUsage(CliRun.run(env, AWS_BODY.replace("{", "{\"providerName\":\"GCP\","), update()), "not valid JSON", "providerName");
    assertUsage(CliRun.run(env, AWS_BODY.replace("\"123456789012\"", "123456789012"), update()),
        "\"awsAccountId\"", "JSON string");
    assertUsage(CliRun.run(env, AWS_BODY.replace("\"123456789012\"", "[\"123456789012\"]"), update()), "\"awsAccountId\"");
    assertUsage(CliRun.run(env, AWS_BODY.replace("\"AWS\"", "\"aws\""), update()), "upper case");
    assertUsage(CliRun.run(env, AWS_BODY.replace("10.15.0.0/24", "10.0.0.0/33"), update()), "CIDR block such as 10.0.0.0/24");
    assertNothingSent(atlas);
  }

  @Test
  void invalidUtf8IsRejectedAndABomIsAccepted(AtlasSimulator atlas) {
    byte[] bad = AWS_BODY.replace("us-east-1", "us-\u00ff-1").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    StringWriter err = new StringWriter();
    int code = AtlasPeeringCli.run(update(), new Console(digestEnv(atlas), new ByteArrayInputStream(bad),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("not valid UTF-8");
    assertNothingSent(atlas);
    CliRun bom = CliRun.run(digestEnv(atlas), "\uFEFF" + AWS_BODY, update());
    assertThat(bom.exitCode()).as(bom.err()).isZero();
  }

  @Test
  void badOptionValuesNameTheFlag(AtlasSimulator atlas) {
    Map<String, String> env = digestEnv(atlas);
    assertUsage(CliRun.run(env, AWS_BODY, update("--response-timeout", "0")), "--response-timeout");
    assertUsage(CliRun.run(env, AWS_BODY, update("--base-url", "not a url")), "--base-url");
    assertUsage(CliRun.run(env, AWS_BODY, update("--base-url", "http://127.0.0.1:99999")), "--base-url");
    assertUsage(CliRun.run(env, AWS_BODY, update("--version", "2024-02-30")), "--version");
    assertUsage(CliRun.run(env, AWS_BODY, update("-o", "yaml")), "only json");
    Map<String, String> noConfig = new java.util.HashMap<>(env);
    noConfig.put("XDG_CONFIG_HOME", "/no/such/config/home");
    assertUsage(CliRun.run(noConfig, AWS_BODY, update("--profile", "default")),
        "--profile default", "/no/such/config/home/atlascli/config.toml", "does not exist");
    assertUsage(CliRun.run(env, AWS_BODY, update("--file", "@body.json")), "--file @body.json", "no such file");
    CliRun userInfo = CliRun.run(env, AWS_BODY, update("--base-url", "http://me:hunter22@127.0.0.1:1"));
    assertUsage(userInfo, "--base-url");
    assertThat(userInfo.err()).doesNotContain("hunter22");
    Map<String, String> badEnvUrl = new HashMap<>(env);
    badEnvUrl.put("MONGODB_ATLAS_OPS_MANAGER_URL", "ftp://example");
    assertUsage(CliRun.run(badEnvUrl, AWS_BODY, update()), "MONGODB_ATLAS_OPS_MANAGER_URL");
    assertNothingSent(atlas);
  }

  @Test
  void halfACredentialPairIsNamed(AtlasSimulator atlas) {
    Map<String, String> env = new HashMap<>(digestEnv(atlas));
    env.remove("MONGODB_ATLAS_PRIVATE_API_KEY");
    assertUsage(CliRun.run(env, AWS_BODY, update()), "MONGODB_ATLAS_PUBLIC_API_KEY is set but MONGODB_ATLAS_PRIVATE_API_KEY is not");
    Map<String, String> mixed = new HashMap<>(digestEnv(atlas));
    mixed.put("MONGODB_ATLAS_CLIENT_ID", "mdb_sa_id_only");
    CliRun run = CliRun.run(mixed, AWS_BODY, update());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("MONGODB_ATLAS_CLIENT_ID is set but MONGODB_ATLAS_CLIENT_SECRET is not");
  }

  @Test
  void aPastedIdForAnotherPeerIsWarnedAbout(AtlasSimulator atlas) {
    CliRun run = CliRun.run(digestEnv(atlas), AWS_BODY.replace("{", "{\"id\":\"ffffffffffffffffffffffff\","), update());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("ffffffffffffffffffffffff").contains("--peerId").contains("dropped read-only field id");
  }

  @Test
  void wrongApiKeysPointAtTheVariables(AtlasSimulator atlas) {
    Map<String, String> env = new HashMap<>(digestEnv(atlas));
    env.put("MONGODB_ATLAS_PRIVATE_API_KEY", "not-the-key");
    CliRun run = CliRun.run(env, AWS_BODY, update());
    assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(run.err()).contains("401").contains("MONGODB_ATLAS_PRIVATE_API_KEY").doesNotContain("not-the-key");
  }

  @Test
  void demoAndSimulatorRefuseABaseUrl() {
    assertUsage(CliRun.run(Map.of(), "", "demo", "--base-url", "http://127.0.0.1:1"), "--base-url", "demo");
    assertUsage(CliRun.run(Map.of(), "", "--base-url", "http://127.0.0.1:1", "simulator"), "--base-url", "simulator");
  }

  @Test
  void simulatorOnAPortInUseSaysSo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertUsage(CliRun.run(Map.of(), "", "simulator", "--port", String.valueOf(taken.getLocalPort())), "port in use");
    }
  }

  @Test
  void errorLinesAreOneLineCutAndRedacted() {
    StringWriter err = new StringWriter();
    ErrorReport report = new ErrorReport(Map.of("MONGODB_ATLAS_CLIENT_SECRET", "s3cret-value-xyz"), new PrintWriter(err, true));
    int code = report.of(new UsageException("line one\nline two \u001b[31mred\u0007 Bearer abcdefghijklmnop s3cret-value-xyz "
        + "x".repeat(5000)), false);
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().lines()).singleElement().asString()
        .doesNotContain("\u001b").doesNotContain("abcdefghijklmnop").doesNotContain("s3cret-value-xyz")
        .contains("line one line two").endsWith("(cut)").hasSize(ErrorReport.MAX_LENGTH);
  }

  /** Found by BodyReaderFuzzTest: a field name with a JSON-escaped line break is echoed on one line. */
  @Test
  void anUnknownFieldNameIsEchoedOnOneSafeLine() {
    String body = "{\"providerName\":\"GCP\",\"containerId\":\"32b6e34b3d91647abb20e7ba\",\"co\\ntainerId\":\"x\"}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RequestBodyReader().read(body, "test", "5e57a0e35c6d2b1a2c3d4e61"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("co\\u000AtainerId").hasMessageNotContaining("\n");
  }
}
