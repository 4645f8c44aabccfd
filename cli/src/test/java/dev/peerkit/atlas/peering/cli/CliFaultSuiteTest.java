package dev.peerkit.atlas.peering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.fault.FaultServer;
import dev.peerkit.atlas.peering.client.fault.FaultServer.Script;
import dev.peerkit.atlas.peering.client.fault.FaultSummary;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI's fault suite: the byte-level faults of the SDK's suite and hostile inputs, through
 * {@code atlas-peering updatePeeringConnection} in this JVM. Every failure is its exit code and
 * exactly one line on standard error, with no stack trace, no secret and no terminal control
 * character. Prints {@code fault suite: N/N cases passed}.
 */
@ExtendWith(FaultSummary.class)
class CliFaultSuiteTest {

  private static final String GROUP = "32b6e34b3d91647abb20e7b8";
  private static final String PEER = "5e57a0e35c6d2b1a2c3d4e5f";
  private static final String SECRET = "mdb_sa_sk_CLIFAULT";
  private static final String PRIVATE_KEY = "11111111-2222-3333-4444-555555555555";
  private static final String TOKEN = "tok-CLI-FAULT-42";
  private static final String TOKEN_JSON = "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
  private static final String AWS = "{\"containerId\":\"" + GROUP + "\",\"id\":\"" + PEER + "\",\"providerName\":\"AWS\","
      + "\"accepterRegionName\":\"us-east-1\",\"awsAccountId\":\"123456789012\",\"connectionId\":\"pcx-1\","
      + "\"routeTableCidrBlock\":\"10.15.0.0/24\",\"statusName\":\"PENDING_ACCEPTANCE\",\"vpcId\":\"vpc-0a1b2c3d4e5f60718\"}";
  private static final Duration TICK = Duration.ofMillis(150);

  /** What one case expects. */
  record Expect(int exitCode, String mentions) {}

  /** One case: a server script (or none), the input, extra flags. */
  record Case(Script script, boolean apiKey, InputStream stdin, List<String> flags, Expect expect) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void faultCase(String name, Case c) throws Exception {
    FaultServer server = c.script() == null ? null : new FaultServer(c.script());
    try {
      Map<String, String> env = new HashMap<>();
      if (c.apiKey()) {
        env.put(ClientFactory.PUBLIC_KEY, "abcdefgh");
        env.put(ClientFactory.PRIVATE_KEY, PRIVATE_KEY);
      } else {
        env.put(ClientFactory.CLIENT_ID, "mdb_sa_id_cli");
        env.put(ClientFactory.CLIENT_SECRET, SECRET);
      }
      List<String> args = new ArrayList<>(List.of("updatePeeringConnection", "--groupId", GROUP, "--peerId", PEER,
          "--call-timeout", "3"));
      if (!c.flags().contains("--base-url")) {
        args.addAll(List.of("--base-url", server == null ? "http://127.0.0.1:9" : server.baseUrl()));
      }
      args.addAll(c.flags());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = AtlasPeeringCli.run(args.toArray(String[]::new),
          new Console(env, c.stdin(), new PrintWriter(out, true), new PrintWriter(err, true)));
      String stderr = err.toString();
      assertThat(code).as(stderr).isEqualTo(c.expect().exitCode());
      if (code != ExitCode.OK) {
        assertThat(stderr.strip().lines()).as("one line on stderr: " + stderr).hasSize(1);
        assertThat(stderr).startsWith("Error: ").contains(c.expect().mentions());
      } else {
        assertThat(out.toString()).contains(c.expect().mentions());
      }
      for (String shown : List.of(stderr, out.toString())) {
        assertThat(shown).doesNotContain("\tat ", "Exception in", SECRET, PRIVATE_KEY, TOKEN, "hunter22");
        assertThat(shown.chars()).as("no terminal control characters").noneMatch(ch ->
            (ch < 0x20 && ch != '\n' && ch != '\r') || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x202a && ch <= 0x202e));
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  static Stream<Arguments> cases() throws Exception {
    List<Arguments> all = new ArrayList<>();
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    // Transport faults after the request was sent: exit 3, "may have been applied".
    api(all, "reset mid-body", (r, w) -> { w.send(head + "Content-Length: 300\r\n\r\n{\"id\":"); w.reset(); },
        3, "may have been applied");
    api(all, "Content-Length longer than the body", (r, w) -> { w.send(head + "Content-Length: 300\r\n\r\n{}"); w.close(); },
        3, "may have been applied");
    api(all, "broken chunked encoding", (r, w) -> w.send(head + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n"),
        3, "may have been applied");
    api(all, "body dripped past --call-timeout", (r, w) -> w.send(head + "Content-Length: " + AWS.length() + "\r\n\r\n")
        .drip(AWS, TICK), 3, "callTimeout (3 s)");
    api(all, "100 Continue forever", (r, w) -> w.forever("HTTP/1.1 100 Continue\r\n\r\n", TICK), 3, "callTimeout");
    api(all, "header flood", (r, w) -> { w.send("HTTP/1.1 200 OK\r\n"); w.forever("X-Flood: 1234567890\r\n", Duration.ZERO); },
        3, "maxHeaderCount");
    api(all, "endless status line", (r, w) -> { w.send("HTTP/1.1 200 "); w.forever("OKOKOKOKOKOKOKOKOKOK", Duration.ZERO); },
        3, "maxLineLength");
    api(all, "200 MB body", (r, w) -> { w.send(head + "Content-Length: 200000000\r\n\r\n"); w.forever("x".repeat(4096), Duration.ZERO); },
        3, "maxResponseBytes");
    byte[] bomb = FaultServer.gzip(new byte[20 << 20]);
    api(all, "gzip bomb", (r, w) -> { w.send(head + "Content-Encoding: gzip\r\nContent-Length: " + bomb.length + "\r\n\r\n"); w.send(bomb); },
        1, "Content-Encoding gzip");
    // Answers that are not what was asked for.
    api(all, "a 200 with body null", (r, w) -> w.send(FaultServer.json("null")), 1, "JSON null");
    api(all, "a 308 redirect", (r, w) -> w.send(FaultServer.answer(308, null, "", "Location: http://127.0.0.2:1/elsewhere")),
        1, "redirect to http://127.0.0.2:1/elsewhere was not followed");
    api(all, "a 429 with Retry-After 99999999999", (r, w) -> w.send(FaultServer.answer(429, "application/json",
        "{\"errorCode\":\"RATE_LIMITED\"}", "Retry-After: 99999999999")), 1, "429");
    api(all, "a 401 echoing the token and secret, with ESC, C1 and bidi", (r, w) -> w.send(FaultServer.answer(401,
        "application/json", "{\"errorCode\":\"NOPE\",\"detail\":\"" + r.header("Authorization") + " " + SECRET
            + " \\u001b[31mred\\u009b2J\\u202Eevil\"}")), 1, "NOPE");
    api(all, "Atlas JSON with terminal escapes is printed escaped", (r, w) -> w.send(FaultServer.json(
        AWS.replace("PENDING_ACCEPTANCE", "PENDING\\u001b]0;x\\u0007\\u009b\\u202e"))), 0, "PENDING\\u001B]0;x\\u0007\\u009B\\u202E");
    api(all, "a Deprecation header with escapes", (r, w) -> w.send(FaultServer.json(AWS,
        "Deprecation: \u001b[2J\u009b")), 0, "vpc-0a1b2c3d4e5f60718");
    all.add(Arguments.of("token endpoint redirect", new Case((r, w) -> w.send(FaultServer.answer(302, null, "",
        "Location: http://127.0.0.2:1/steal")), false, body(), List.of(), new Expect(1, "not followed"))));
    all.add(Arguments.of("token_type mac", new Case(tokenThen("{\"access_token\":\"x\",\"token_type\":\"mac\"}",
        (r, w) -> w.send(FaultServer.json(AWS))), false, body(), List.of(), new Expect(1, "Bearer"))));
    all.add(Arguments.of("API keys and a Basic challenge", new Case((r, w) -> w.send(FaultServer.answer(401, "text/plain",
        "no", "WWW-Authenticate: Basic realm=\"x\"")), true, body(), List.of(), new Expect(1, "Basic"))));
    all.add(Arguments.of("API keys and stale=true forever", new Case((r, w) -> w.send(FaultServer.answer(401, "text/plain",
        "no", "WWW-Authenticate: Digest realm=\"x\", nonce=\"n" + System.nanoTime() + "\", qop=\"auth\""
            + (r.header("Authorization") != null ? ", stale=true" : ""))), true, body(), List.of(),
        new Expect(1, "one re-authentication"))));
    // Input: bounded, no devices, no directories; exit 2 and nothing sent (no server needed).
    all.add(Arguments.of("2 MiB on standard input", new Case(null, false,
        new ByteArrayInputStream(new byte[2 << 20]), List.of(), new Expect(2, "at most 1 MiB"))));
    all.add(Arguments.of("endless standard input", new Case(null, false, endless(), List.of(), new Expect(2, "at most 1 MiB"))));
    Path dir = Files.createTempDirectory("cli-fault");
    Path sparse = dir.resolve("sparse.json");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(3L << 30); // 3 GB, sparse: nothing is written
    }
    sparse.toFile().deleteOnExit();
    all.add(Arguments.of("a 3 GB sparse --file", new Case(null, false, body(), List.of("--file", sparse.toString()),
        new Expect(2, "3221225472 bytes"))));
    all.add(Arguments.of("--file /dev/zero", new Case(null, false, body(), List.of("--file", "/dev/zero"),
        new Expect(2, "device"))));
    Path fifo = dir.resolve("endless.fifo");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      fifo.toFile().deleteOnExit();
      Thread writer = new Thread(() -> {
        byte[] spaces = new byte[65536];
        Arrays.fill(spaces, (byte) ' ');
        try (java.io.OutputStream o = Files.newOutputStream(fifo)) {
          while (true) {
            o.write(spaces); // an endless FIFO, until the CLI stops reading and closes it
          }
        } catch (java.io.IOException readerClosed) {
          // expected
        }
      }, "endless-fifo-writer");
      writer.setDaemon(true);
      writer.start();
      all.add(Arguments.of("--file an endless FIFO", new Case(null, false, body(), List.of("--file", fifo.toString()),
          new Expect(2, "at most 1 MiB"))));
    }
    all.add(Arguments.of("--file a directory", new Case(null, false, body(), List.of("--file", dir.toString()),
        new Expect(2, "directory"))));
    all.add(Arguments.of("--response-timeout 0", new Case(null, false, body(), List.of("--response-timeout", "0"),
        new Expect(2, "out of range"))));
    all.add(Arguments.of("--response-timeout Long.MAX_VALUE", new Case(null, false, body(),
        List.of("--response-timeout", String.valueOf(Long.MAX_VALUE)), new Expect(2, "out of range"))));
    all.add(Arguments.of("--base-url with a password", new Case(null, false, body(),
        List.of("--base-url", "http://admin:hunter22@127.0.0.1:9"), new Expect(2, "<redacted>"))));
    return all.stream();
  }

  private static void api(List<Arguments> all, String name, Script api, int exit, String mentions) {
    all.add(Arguments.of(name, new Case(tokenThen(TOKEN_JSON, api), false, body(), List.of("--file", "-"),
        new Expect(exit, mentions))));
  }

  private static Script tokenThen(String tokenJson, Script api) {
    return (r, w) -> {
      if (r.path().equals("/api/oauth/token")) {
        w.send(FaultServer.json(tokenJson));
      } else if (r.path().equals("/api/oauth/revoke")) {
        w.send(FaultServer.json("{}"));
      } else {
        api.answer(r, w);
      }
    };
  }

  private static InputStream body() {
    return new ByteArrayInputStream(("{\"providerName\":\"AWS\",\"containerId\":\"" + GROUP + "\",\"vpcId\":\"vpc-0a1b2c3d4e5f60718\","
        + "\"awsAccountId\":\"123456789012\",\"routeTableCidrBlock\":\"10.15.0.0/24\",\"accepterRegionName\":\"us-east-1\"}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Standard input that never ends, like {@code yes |}. */
  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };
  }

}
