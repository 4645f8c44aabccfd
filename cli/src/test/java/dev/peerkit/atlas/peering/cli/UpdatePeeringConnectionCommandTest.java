package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.spec.SpecFixtures;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas-peering updatePeeringConnection} against the simulator, every exit code and input error. */
class UpdatePeeringConnectionCommandTest {

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  /** The spec's request examples, through the spec module's test-jar. */
  static final String AWS_BODY = SpecFixtures.requestJson("AWS");
  static final String GCP_BODY = SpecFixtures.requestJson("GCP");

  private final ObjectMapper json = new ObjectMapper();

  static Map<String, String> digestEnv(AtlasSimulator atlas) {
    DemoCredentials demo = atlas.demoCredentials();
    Map<String, String> env = new HashMap<>();
    env.put("MONGODB_ATLAS_OPS_MANAGER_URL", atlas.baseUrl());
    env.put("MONGODB_ATLAS_PUBLIC_API_KEY", demo.apiPublicKey());
    env.put("MONGODB_ATLAS_PRIVATE_API_KEY", demo.apiPrivateKey());
    return env;
  }

  static Map<String, String> bothEnv(AtlasSimulator atlas) {
    Map<String, String> env = digestEnv(atlas);
    env.put("MONGODB_ATLAS_CLIENT_ID", atlas.demoCredentials().clientId());
    env.put("MONGODB_ATLAS_CLIENT_SECRET", atlas.demoCredentials().clientSecret());
    return env;
  }

  private static String[] update(String peerId, String... more) {
    String[] base = {"updatePeeringConnection", "--groupId", SeedData.GROUP_ID, "--peerId", peerId};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void digestUpdateFromStdinPrintsCompactJson(AtlasSimulator atlas) throws Exception {
    CliRun run = CliRun.run(digestEnv(atlas), AWS_BODY, update(SeedData.AWS_PEER_ID));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).doesNotContain("\n");
    JsonNode out = json.readTree(run.out());
    assertThat(out.path("statusName").asText()).isEqualTo("PENDING_ACCEPTANCE");
    assertThat(out.path("providerName").asText()).isEqualTo("AWS");
    assertThat(atlas.tokenRequestCount()).isZero();
  }

  @Test
  void serviceAccountIsPreferredWhenBothPairsAreSet(AtlasSimulator atlas) throws Exception {
    Path body = Files.createTempFile("gcp", ".json");
    Files.writeString(body, GCP_BODY);
    CliRun run = CliRun.run(bothEnv(atlas), "", update(SeedData.GCP_PEER_ID, "--file", body.toString()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(json.readTree(run.out()).path("status").asText()).isEqualTo("ADDING_PEER");
    assertThat(atlas.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void envelopeIsUnwrappedPrettyIndentsAndOutputFileIsWritten(AtlasSimulator atlas, @TempDir Path dir) throws Exception {
    Path out = dir.resolve("peer.json");
    CliRun run = CliRun.run(digestEnv(atlas), GCP_BODY,
        update(SeedData.GCP_PEER_ID, "--file", "-", "--envelope", "--pretty", "--output-file", out.toString()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String written = Files.readString(out);
    assertThat(written).contains("\n  \"");
    JsonNode node = json.readTree(written);
    assertThat(node.has("content")).isFalse();
    assertThat(node.path("networkName").asText()).isEqualTo("app-network");
  }

  @Test
  void globalFlagsWorkBeforeAndAfterTheSubcommandAndAliasWorks(AtlasSimulator atlas) {
    Map<String, String> env = digestEnv(atlas);
    env.remove("MONGODB_ATLAS_OPS_MANAGER_URL");
    CliRun before = CliRun.run(env, AWS_BODY, concat(new String[] {"--base-url", atlas.baseUrl()}, update(SeedData.AWS_PEER_ID)));
    assertThat(before.exitCode()).as(before.err()).isZero();
    String[] alias = update(SeedData.AWS_PEER_ID, "--base-url", atlas.baseUrl());
    alias[0] = "updateGroupPeer";
    CliRun after = CliRun.run(env, AWS_BODY, alias);
    assertThat(after.exitCode()).as(after.err()).isZero();
  }

  @Test
  void versionFlagOnTheCommandIsTheApiVersion(AtlasSimulator atlas) {
    CliRun run = CliRun.run(digestEnv(atlas), AWS_BODY, update(SeedData.AWS_PEER_ID, "--version", "2025-03-12"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    // A date before the first resource version is refused before sending.
    CliRun bad = CliRun.run(digestEnv(atlas), AWS_BODY, update(SeedData.AWS_PEER_ID, "--version", "2019-01-01"));
    assertUsage(bad, "--version", "2023-01-01");
  }

  @Test
  void readOnlyFieldsAreDroppedWithOneWarningLine(AtlasSimulator atlas) {
    String pasted = AWS_BODY.replace("{", "{\"id\":\"5e57a0e35c6d2b1a2c3d4e5f\",\"statusName\":\"AVAILABLE\","
        + "\"connectionId\":\"pcx-1\",");
    CliRun run = CliRun.run(digestEnv(atlas), pasted, update(SeedData.AWS_PEER_ID));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines().toList()).singleElement().asString()
        .contains("read-only").contains("id").contains("statusName").contains("connectionId");
  }

  @Test
  void apiErrorExitsOneWithStatusErrorCodeAndDetailOnOneLine(AtlasSimulator atlas) {
    CliRun run = CliRun.run(digestEnv(atlas), AWS_BODY, update("5e57a0e35c6d2b1a2c3d4eff"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(run.err().lines().toList()).singleElement().asString()
        .contains("404").contains("RESOURCE_NOT_FOUND").contains("5e57a0e35c6d2b1a2c3d4eff");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void providerNameThatDiffersFromTheStoredPeerIsAnApiError(AtlasSimulator atlas) {
    CliRun run = CliRun.run(digestEnv(atlas), GCP_BODY, update(SeedData.AWS_PEER_ID));
    assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(run.err()).startsWith("Error: Atlas answered HTTP 4");
  }

  @Test
  void inputErrorsExitTwoNameTheProblemAndSendNothing(AtlasSimulator atlas) {
    Map<String, String> env = digestEnv(atlas);
    assertUsage(CliRun.run(env, AWS_BODY.replace("\"providerName\":\"AWS\",", ""), update(SeedData.AWS_PEER_ID)),
        "no providerName", "AWS, AZURE or GCP");
    assertUsage(CliRun.run(env, AWS_BODY.replace("\"AWS\"", "\"aws\""), update(SeedData.AWS_PEER_ID)),
        "\"aws\"", "AWS, AZURE or GCP");
    assertUsage(CliRun.run(env, AWS_BODY.replace("vpcId", "vpcID"), update(SeedData.AWS_PEER_ID)),
        "Unknown field \"vpcID\"", "vpcId");
    assertUsage(CliRun.run(env, "{\"containerId\": ", update(SeedData.AWS_PEER_ID)), "not valid JSON", "line");
    assertUsage(CliRun.run(env, AWS_BODY, update("not-an-id")), "peerId", "^([a-f0-9]{24})$");
    assertUsage(CliRun.run(env, SpecFixtures.request("AWS").put("vpcId", "vpc-1").toString(), update(SeedData.AWS_PEER_ID)),
        "body.vpcId", "^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$");
    assertUsage(CliRun.run(env, "", update(SeedData.AWS_PEER_ID, "--file", "/no/such/file.json")),
        "--file /no/such/file.json", "no such file");
    assertUsage(CliRun.run(env, AWS_BODY, "updatePeeringConnection", "--peerId", SeedData.AWS_PEER_ID),
        "--groupId", "updatePeeringConnection --help");
    assertUsage(CliRun.run(env, AWS_BODY, "updatePeeringConnection", "--groupId", SeedData.GROUP_ID,
        "--peerId", SeedData.AWS_PEER_ID, "--bogus"), "--bogus", "--help");
    // Nothing reached the simulator: the seeded AWS peer is unchanged.
    assertThat(atlas.store().getConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID)).contains(SeedData.awsConnection());
  }

  @Test
  void missingCredentialsNameTheEnvironmentVariables(AtlasSimulator atlas) {
    Map<String, String> env = Map.of("MONGODB_ATLAS_OPS_MANAGER_URL", atlas.baseUrl(),
        "MONGODB_ATLAS_CLIENT_ID", "only-the-id");
    assertUsage(CliRun.run(env, AWS_BODY, update(SeedData.AWS_PEER_ID)),
        "MONGODB_ATLAS_CLIENT_SECRET", "MONGODB_ATLAS_PRIVATE_API_KEY");
  }

  @Test
  void wrongKeysExitOneAndNeverPrintTheSecretEvenWithDebug(AtlasSimulator atlas) {
    Map<String, String> env = digestEnv(atlas);
    env.put("MONGODB_ATLAS_PRIVATE_API_KEY", "wrong-secret-value-123");
    CliRun run = CliRun.run(env, AWS_BODY, update(SeedData.AWS_PEER_ID, "--debug"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(run.err()).contains("401").doesNotContain("wrong-secret-value-123");
    Map<String, String> sa = bothEnv(atlas);
    CliRun withToken = CliRun.run(sa, AWS_BODY, update(SeedData.AWS_PEER_ID, "--debug"));
    assertThat(withToken.exitCode()).as(withToken.err()).isZero();
    assertThat(withToken.err() + withToken.out())
        .doesNotContain(atlas.demoCredentials().clientSecret())
        .doesNotContain(atlas.demoCredentials().apiPrivateKey())
        .doesNotContainIgnoringCase("Bearer ");
  }

  @Test
  void unreachableApiExitsThree() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Map<String, String> env = Map.of("MONGODB_ATLAS_PUBLIC_API_KEY", "pub", "MONGODB_ATLAS_PRIVATE_API_KEY", "priv");
    CliRun run = CliRun.run(env, AWS_BODY, update(SeedData.AWS_PEER_ID, "--base-url", "http://127.0.0.1:" + closed));
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.err()).startsWith("Error: Cannot connect to http://127.0.0.1:" + closed);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void slowAnswerExitsThree(AtlasSimulator atlas) {
    atlas.faults().delay(1, Duration.ofSeconds(3));
    // The GCP peer: the slow request still lands after the CLI gave up, and must not touch the
    // AWS peer that other tests check.
    CliRun run = CliRun.run(digestEnv(atlas), GCP_BODY, update(SeedData.GCP_PEER_ID, "--response-timeout", "1"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.err()).contains("within the response timeout").doesNotContain("\tat ");
  }

  @Test
  void noStackTraceWithoutDebugButOneWithIt(AtlasSimulator atlas) {
    CliRun plain = CliRun.run(digestEnv(atlas), AWS_BODY, update("5e57a0e35c6d2b1a2c3d4eff"));
    assertThat(plain.err()).doesNotContain("\tat ");
    CliRun debug = CliRun.run(digestEnv(atlas), AWS_BODY, update("5e57a0e35c6d2b1a2c3d4eff", "--debug"));
    assertThat(debug.err()).contains("\tat ");
  }

  private static void assertUsage(CliRun run, String... mentions) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(mentions).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
