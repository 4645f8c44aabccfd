package dev.peerkit.atlas.peering.cli;

import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code atlas-peering simulator}: runs the local Atlas in the foreground until interrupted. */
@Command(name = "simulator",
    description = "Run the local Atlas simulator on 127.0.0.1 in the foreground (Ctrl-C stops it)."
        + " Prints its base URL and the demo credentials it accepts.")
final class SimulatorCommand implements Callable<Integer> {

  @ParentCommand
  private AtlasPeeringCli root;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--port", paramLabel = "<N>", defaultValue = "0",
      description = "TCP port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--provider-states",
      description = "Serve Pact's provider state change endpoint, POST /_pact/provider-states"
          + " ({\"state\", \"params\", \"action\"}), for Pact verifiers. Off by default.")
  boolean providerStates;

  @Option(names = "--rate-limit-capacity", paramLabel = "<N>",
      description = "Turn on Atlas's rate limiting: a token bucket per project holding N requests"
          + " (429 RATE_LIMITED_TOKEN_BUCKET when empty). Off by default.")
  Integer rateLimitCapacity;

  @Option(names = "--rate-limit-refill-rate", paramLabel = "<N>", defaultValue = "5",
      description = "Tokens added per --rate-limit-refill-seconds. Default: ${DEFAULT-VALUE}.")
  int refillRate;

  @Option(names = "--rate-limit-refill-seconds", paramLabel = "<S>", defaultValue = "60",
      description = "The refill period in whole seconds. Default: ${DEFAULT-VALUE}.")
  int refillSeconds;

  @Option(names = "--no-rate-limit-headers",
      description = "Leave RateLimit-Limit and RateLimit-Remaining out of answers (Atlas may).")
  boolean noRateLimitHeaders;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + port);
    }
    if (root.global().baseUrl != null) {
      throw new UsageException("--base-url does not apply to 'simulator': it serves on 127.0.0.1:--port");
    }
    AtlasSimulator.Builder builder = AtlasSimulator.builder().port(port).providerStates(providerStates)
        .rateLimitHeaders(!noRateLimitHeaders);
    if (rateLimitCapacity != null) {
      try {
        builder.rateLimit(TokenBucketPolicy.of(rateLimitCapacity, refillRate, refillSeconds));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--rate-limit-*: " + e.getMessage());
      }
    }
    AtlasSimulator simulator;
    try {
      simulator = builder.build().start();
    } catch (RuntimeException e) {
      throw new UsageException("Cannot start the simulator on 127.0.0.1:" + port
          + " (is the port in use?): " + e.getMessage());
    }
    Thread shutdown = new Thread(simulator::stop, "simulator-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    printBanner(root.console().out(), simulator);
    simulator.rateLimits().ifPresent(buckets -> root.console().out().println("Rate limit per project: "
        + buckets.policy().capacity() + " requests, refill " + buckets.policy().refillRate() + " per "
        + buckets.policy().refillDurationSeconds() + " seconds"));
    simulator.providerStatesUrl().ifPresent(url -> root.console().out().println(
        "Provider state change URL (for Pact verifiers): " + url));
    root.console().out().flush();
    boolean interrupted = false;
    try {
      simulator.join();
    } catch (InterruptedException e) {
      // Interrupted by an embedding program (tests): stop like Ctrl-C would. The flag is set again
      // only after stopping, or Jetty's stop would itself be interrupted and log a stack trace.
      interrupted = true;
    } finally {
      simulator.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdown);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs anyway
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    root.console().out().println("Atlas simulator stopped.");
    return ExitCode.OK;
  }

  static void printBanner(PrintWriter out, AtlasSimulator simulator) {
    DemoCredentials demo = simulator.demoCredentials();
    out.println("Atlas simulator listening on " + simulator.baseUrl());
    out.println("Demo credentials (they only unlock this simulator):");
    out.println("  export MONGODB_ATLAS_OPS_MANAGER_URL=" + simulator.baseUrl());
    out.println("  export MONGODB_ATLAS_CLIENT_ID=" + demo.clientId());
    out.println("  export MONGODB_ATLAS_CLIENT_SECRET=" + demo.clientSecret());
    out.println("  # or, for HTTP Digest:");
    out.println("  export MONGODB_ATLAS_PUBLIC_API_KEY=" + demo.apiPublicKey());
    out.println("  export MONGODB_ATLAS_PRIVATE_API_KEY=" + demo.apiPrivateKey());
    out.println("Seeded project (groupId) " + SeedData.GROUP_ID + ":");
    out.println("  AWS   peer " + SeedData.AWS_PEER_ID + " in container " + SeedData.AWS_CONTAINER_ID);
    out.println("  AZURE peer " + SeedData.AZURE_PEER_ID + " in container " + SeedData.AZURE_CONTAINER_ID);
    out.println("  GCP   peer " + SeedData.GCP_PEER_ID + " in container " + SeedData.GCP_CONTAINER_ID);
    out.flush();
  }
}
