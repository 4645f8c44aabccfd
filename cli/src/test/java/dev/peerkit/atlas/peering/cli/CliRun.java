package dev.peerkit.atlas.peering.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of the CLI in this JVM through picocli, as a user would type it. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AtlasPeeringCli.run(args, new Console(env,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true)));
    return new CliRun(code, out.toString(), err.toString());
  }
}
