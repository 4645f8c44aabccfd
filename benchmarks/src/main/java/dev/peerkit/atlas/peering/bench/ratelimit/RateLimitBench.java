package dev.peerkit.atlas.peering.bench.ratelimit;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rate-limit benchmark: {@code --updates} PATCHes (default 200) against the simulator's token
 * bucket scaled down to capacity 10, refill 5 per 2 s, four ways: the SDK with the adaptive
 * limiter (16 threads), the SDK with retries only (16 threads), a shell loop of one-shot CLI
 * processes, and one {@code --batch} process. Each gets a fresh simulator, so a full bucket. Wall
 * time is reported as a ratio to the bucket's theoretical minimum, {@code (updates - capacity) /
 * refill rate}, with the 429s the bucket answered and a chart of accepted requests over time.
 *
 * <p>Run it with {@code benchmarks/rate-limit.sh}; it writes its own section of {@code
 * benchmarks/RESULTS.md} and {@code benchmarks/rate-limit-chart.png}.
 */
public final class RateLimitBench {

  static final TokenBucketPolicy BUCKET = TokenBucketPolicy.of(10, 5, 2);

  private RateLimitBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    int updates = Integer.parseInt(options.getOrDefault("--updates", "200"));
    Path repo = Path.of(options.getOrDefault("--repo", ".")).toAbsolutePath().normalize();
    Path cliJar = repo.resolve(options.getOrDefault("--cli-jar", "cli/target/atlas-peering.jar"));
    Path results = repo.resolve(options.getOrDefault("--out", "benchmarks/RESULTS.md"));
    Path chart = repo.resolve(options.getOrDefault("--chart", "benchmarks/rate-limit-chart.png"));
    Path work = Files.createTempDirectory("rate-limit-bench");
    String load = loadAverage();
    Instant started = Instant.now();

    warmUp(); // class loading, the spec document and JIT of the in-process stack: not the bucket's cost
    List<RunResult> runs = new ArrayList<>();
    runs.add(measure("SDK, adaptive limiter (16 threads)", updates, atlas -> sdk(atlas, updates, true)));
    runs.add(measure("SDK, retries only (16 threads)", updates, atlas -> sdk(atlas, updates, false)));
    if (!options.containsKey("--skip-shell")) {
      runs.add(measure("shell loop of one-shot CLI calls", updates,
          atlas -> CliRuns.shellLoop(atlas, cliJar, work, updates)));
    }
    runs.add(measure("CLI --batch (one process)", updates, atlas -> CliRuns.batch(atlas, cliJar, work, updates)));

    Chart.write(chart, runs, BUCKET, updates);
    String section = Section.render(runs, BUCKET, updates, started, load, loadAverage(),
        repo.relativize(chart).toString(), String.join(" ", args));
    Section.replaceIn(results, section);
    System.out.println(section);
  }

  /** The work of one contestant: returns how many updates failed for good. */
  interface Work {
    int run(AtlasSimulator atlas) throws Exception;
  }

  private static void warmUp() throws Exception {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      for (boolean adaptive : new boolean[] {true, false}) {
        DemoCredentials demo = atlas.demoCredentials();
        try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
            .serviceAccount(demo.clientId(), demo.clientSecret()).adaptiveRateLimiting(adaptive).build()) {
          for (int i = 0; i < 50; i++) {
            client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, CliRuns.awsUpdate());
          }
        }
      }
    }
  }

  private static RunResult measure(String name, int updates, Work work) throws Exception {
    System.err.println("[rate-limit-bench] " + name + " ...");
    try (AtlasSimulator atlas = AtlasSimulator.builder().rateLimit(BUCKET).build().start()) {
      Events events = new Events();
      atlas.rateLimits().orElseThrow().onDecision(decision -> events.add(decision.allowed()));
      events.start();
      int failed = work.run(atlas);
      long wall = events.elapsed();
      return new RunResult(name, wall, events.accepted(), events.refused(), failed);
    }
  }

  private static int sdk(AtlasSimulator atlas, int updates, boolean adaptive) throws Exception {
    DemoCredentials demo = atlas.demoCredentials();
    RetryPolicy retries = RetryPolicy.builder().maxAttempts(10).maxDelay(Duration.ofSeconds(30)).build();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
        .serviceAccount(demo.clientId(), demo.clientSecret()).retryPolicy(retries)
        .adaptiveRateLimiting(adaptive).rateLimitMaxWait(Duration.ofMinutes(10)).build()) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < updates; i++) {
        calls.add(pool.submit(() -> {
          try {
            client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, CliRuns.awsUpdate());
          } catch (RuntimeException e) {
            failed.incrementAndGet();
          }
        }));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return failed.get();
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
