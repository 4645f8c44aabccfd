package dev.peerkit.atlas.peering.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options accepted before or after any subcommand name. */
public final class GlobalOptions {

  @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "<url>",
      description = "Atlas base URL. Default: $MONGODB_ATLAS_OPS_MANAGER_URL, else https://cloud.mongodb.com.")
  String baseUrl;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Log requests (credentials redacted) and print stack traces of errors.")
  boolean debug;

  @Option(names = "--response-timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>",
      defaultValue = "60", description = "Seconds to wait for Atlas's answer. Default: ${DEFAULT-VALUE}.")
  long responseTimeoutSeconds;

  /** Largest timeout in seconds: {@code Integer.MAX_VALUE} milliseconds, the socket's limit. */
  static final long MAX_SECONDS = Integer.MAX_VALUE / 1000;

  @Option(names = "--call-timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>",
      defaultValue = "90", description = "Seconds one attempt may take in all (token, send, whole answer)."
          + " Default: ${DEFAULT-VALUE}.")
  long callTimeoutSeconds;
}
