package dev.peerkit.atlas.peering.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.bench.Fixtures;
import dev.peerkit.atlas.peering.bench.contestants.Contestant;
import dev.peerkit.atlas.peering.bench.contestants.SdkContestant;
import dev.peerkit.atlas.peering.bench.contestants.StockContestant;
import dev.peerkit.atlas.peering.bench.jmh.CodecBenchmark;
import dev.peerkit.atlas.peering.bench.jmh.CpuProfiler;
import dev.peerkit.atlas.peering.bench.jmh.RoundTripBenchmark;
import dev.peerkit.atlas.peering.bench.stock.api.NetworkPeeringApi;
import feign.Feign;
import feign.jackson.JacksonEncoder;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs the whole benchmark suite and writes {@code benchmarks/RESULTS.md}: the JMH figures
 * (latency, throughput, allocation, codec) and the whole-process figures (Digest exchanges per
 * call, token requests, one-shot CLI latency), each as a ratio to a baseline run in the same run.
 *
 * <p>Usage (from the repository root, after {@code benchmarks/run.sh} built the jars): {@code java
 * -jar benchmarks/target/benchmarks.jar [--smoke] [--out FILE] [--skip-jmh] [--skip-cli]}.
 */
public final class BenchDriver {

  static final List<String> CONTESTANTS =
      List.of(Contestant.RAW, Contestant.SDK_BEARER, Contestant.SDK_DIGEST, Contestant.STOCK);
  /** Whose requests the report shows: the round-trip contestants and the bare Feign + HC5 baselines. */
  static final List<String> CAPTURED = List.of(Contestant.RAW, Contestant.SDK_BEARER, Contestant.SDK_DIGEST,
      Contestant.STOCK, Contestant.BARE_BEARER, Contestant.BARE_DIGEST);
  static final Map<String, String> LABELS = Map.of(
      Contestant.BARE_BEARER, "bare Feign + HttpClient 5, bearer (the SDK's own baseline)",
      Contestant.BARE_DIGEST, "bare Feign + HttpClient 5, HttpClient's Digest (the SDK's own baseline)",
      Contestant.RAW, "raw java.net.http + Jackson (floor)",
      Contestant.SDK_BEARER, "SDK, bearer token cached",
      Contestant.SDK_DIGEST, "SDK, Digest",
      Contestant.STOCK, "stock generated feign client (wrong body; decode fails, timed to the failure)");

  /** Iteration counts; the smoke settings only check that everything runs. */
  record Settings(boolean smoke, int warmIters, int warmSec, int iters, int sec, int codecWarmIters,
      int codecIters, int codecSec, int digestCalls, int concThreads, int concCalls, int staleCalls,
      int tokenThreads, int tokenCalls, int cliWarm, int cliRounds) {
    // Round trips: 7 x 4 s warm-up, 4 x 4 s measured. On 2 cores the JIT competes with the
    // benchmark threads, and shorter warm-ups were still ramping (a first run showed +50% to +180%
    // from the first to the last of 5 x 3 s iterations after 3 x 3 s of warm-up).
    static final Settings REAL = new Settings(false, 7, 4, 4, 4, 2, 3, 1, 1000, 16, 1000, 300, 64, 1000, 2, 11);
    static final Settings SMOKE = new Settings(true, 1, 1, 1, 1, 1, 1, 1, 50, 4, 50, 50, 64, 10, 0, 1);

    /** The SDK-cost rounds: 3 rounds x 3 thread counts x 4 contestants, each fork 5 x 2 s + 3 x 3 s. */
    SdkCostSuite.Settings sdkCost() {
      return smoke ? new SdkCostSuite.Settings(1, 1, 1, 1, 1) : new SdkCostSuite.Settings(3, 5, 2, 3, 3);
    }
  }

  private final Settings settings;
  private final Path repo;
  private final Path out;
  private final Path work;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String classpath = System.getProperty("java.class.path");
  private final Report report = new Report();
  private final boolean skipJmh;
  private final boolean skipCli;
  private Path cliBaselineJar;
  private String loadBeforeBuild;
  private boolean rawRoundTrips;
  private boolean skipCodec;

  private BenchDriver(Settings settings, Path repo, Path out, boolean skipJmh, boolean skipCli) throws IOException {
    this.settings = settings;
    this.repo = repo;
    this.out = out;
    this.skipJmh = skipJmh;
    this.skipCli = skipCli;
    this.work = repo.resolve("benchmarks/target/bench-run");
    Files.createDirectories(work);
  }

  /**
   * @param args {@code --smoke}, {@code --out FILE}, {@code --repo DIR}, {@code --skip-jmh}, {@code --skip-cli},
   *     {@code --command TEXT} (what to print as the command), {@code --cli-baseline-jar FILE} (an older CLI
   *     jar to time beside the current one)
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.jboss.logging.provider", "slf4j");
    boolean smoke = false;
    boolean skipJmh = false;
    boolean skipCli = false;
    Path repo = Path.of("").toAbsolutePath();
    Path out = null;
    String command = "benchmarks/run.sh";
    Path baseline = null;
    String loadBeforeBuild = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--skip-jmh" -> skipJmh = true;
        case "--skip-cli" -> skipCli = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath();
        case "--command" -> command = args[++i];
        case "--load-before-build" -> loadBeforeBuild = args[++i];
        case "--cli-baseline-jar" -> baseline = Path.of(args[++i]).toAbsolutePath();
        case "--raw-round-trips", "--skip-codec" -> { } // read below
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      out = repo.resolve(smoke ? "benchmarks/target/RESULTS-smoke.md" : "benchmarks/RESULTS.md");
    }
    BenchDriver driver = new BenchDriver(smoke ? Settings.SMOKE : Settings.REAL, repo, out, skipJmh, skipCli);
    driver.cliBaselineJar = baseline;
    driver.rawRoundTrips = List.of(args).contains("--raw-round-trips");
    driver.skipCodec = List.of(args).contains("--skip-codec");
    driver.loadBeforeBuild = loadBeforeBuild;
    driver.run(command);
  }

  private void run(String command) throws Exception {
    long started = System.nanoTime();
    report.environment(command, settings, loadAverage(), loadBeforeBuild);
    try (ServerProcess server = new ServerProcess(java, classpath, work.resolve("server.log").toFile())) {
      log("bench server at " + server.baseUrl());
      requestsAsSent(server);
      if (!skipJmh) {
        SdkCostSuite sdkCost = new SdkCostSuite(settings.sdkCost(), work, BenchDriver::log);
        sdkCost.run(server.baseUrl());
        report.sdkCost(sdkCost);
        if (rawRoundTrips) {
          roundTrips(server);
        }
        if (!skipCodec) {
          codec();
        }
      }
      digestExchanges(server);
      tokenRequests(server);
      if (!skipCli) {
        cli(server);
      }
    }
    report.finish(loadAverage(), (System.nanoTime() - started) / 1_000_000_000L);
    charts();
    String previousNotes = Files.exists(out) ? Report.notesOf(Files.readString(out)) : null;
    Files.writeString(out, report.render(previousNotes), StandardCharsets.UTF_8);
    System.out.println(report.summary());
    log("wrote " + repo.relativize(out.toAbsolutePath()));
  }

  // ---------------------------------------------------------------- requests as sent

  private void requestsAsSent(ServerProcess server) throws Exception {
    log("capturing the request each contestant sends");
    for (String name : CAPTURED) {
      server.reset();
      String outcome;
      try (Contestant c = Contestant.create(name, server.baseUrl())) {
        Object result = c.call();
        outcome = "200, decoded as " + describe(result);
      } catch (Exception e) {
        outcome = "FAILED: " + oneLine(e);
      }
      JsonNode last = server.last();
      report.request(name, last, outcome, server.stats());
    }
    // Feign's own default transport (HttpURLConnection), as a plain Feign.builder() or Spring
    // Cloud OpenFeign without a client module would use it.
    String defaultTransport;
    server.reset();
    try {
      NetworkPeeringApi api = Feign.builder().encoder(new JacksonEncoder())
          .requestInterceptor(t -> t.header("Authorization", "Bearer " + Fixtures.TOKEN))
          .target(NetworkPeeringApi.class, server.baseUrl());
      api.updatePeeringConnection(Fixtures.GROUP_ID, Fixtures.PEER_ID, StockContestant.stockBody(), null, null);
      defaultTransport = "sent (" + server.stats().exchanges() + " exchange)";
    } catch (Exception e) {
      defaultTransport = "fails before sending: " + oneLine(e) + " (" + server.stats().exchanges() + " exchanges reached the server)";
    }
    report.defaultTransport(defaultTransport);
  }

  private static String describe(Object result) {
    if (result instanceof Map<?, ?> map) {
      return "Map (statusName " + map.get("statusName") + ")";
    }
    return result == null ? "null" : result.getClass().getSimpleName();
  }

  // ---------------------------------------------------------------- JMH: round trips

  private ChainedOptionsBuilder jmh(String include, String logName) {
    return new OptionsBuilder()
        .include(include)
        .forks(1)
        .shouldFailOnError(true)
        .jvmArgsAppend("-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.jboss.logging.provider=slf4j")
        .output(work.resolve(logName).toString());
  }

  private void roundTrips(ServerProcess server) throws Exception {
    String include = "\\." + RoundTripBenchmark.class.getSimpleName() + "\\.call$";
    String[] contestants = CONTESTANTS.toArray(String[]::new);
    String url = "-Dbench.url=" + server.baseUrl();

    log("JMH latency (SampleTime, 1 thread)");
    Collection<RunResult> latency = new Runner(jmh(include, "jmh-latency.log")
        .jvmArgsAppend(url)
        .param("contestant", contestants)
        .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).threads(1)
        .warmupIterations(settings.warmIters()).warmupTime(TimeValue.seconds(settings.warmSec()))
        .measurementIterations(settings.iters()).measurementTime(TimeValue.seconds(settings.sec()))
        .build()).run();
    for (RunResult r : latency) {
      var stats = r.getPrimaryResult().getStatistics();
      report.latency(r.getParams().getParam("contestant"), stats.getPercentile(50), stats.getPercentile(99));
    }

    for (int threads : new int[] {1, 4, 16}) {
      log("JMH throughput, " + threads + " thread(s)" + (threads == 1 ? " with -prof gc" : ""));
      ChainedOptionsBuilder options = jmh(include, "jmh-throughput-" + threads + ".log")
          .jvmArgsAppend(url)
          .param("contestant", contestants)
          .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(threads)
          .warmupIterations(warmIterations(threads)).warmupTime(TimeValue.seconds(settings.warmSec()))
          .measurementIterations(settings.iters()).measurementTime(TimeValue.seconds(settings.sec()));
      options.addProfiler(CpuProfiler.class);
      if (threads == 1) {
        options.addProfiler(GCProfiler.class);
      }
      for (RunResult r : new Runner(options.build()).run()) {
        String name = r.getParams().getParam("contestant");
        report.throughput(name, threads, r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError());
        Result<?> cpu = r.getSecondaryResults().get("cpu.us/op");
        report.cpu(name, threads, cpu == null ? Double.NaN : cpu.getScore());
        if (threads == 1) {
          Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
          report.allocation(name, alloc == null ? Double.NaN : alloc.getScore());
        }
      }
    }
  }

  /**
   * More threads than cores warm up slower: the JIT's compiler threads get a smaller share of the
   * 2 cores. A run with 7 x 4 s for every level was at a plateau after about 8 iterations with 1
   * and 4 threads, and still climbing after 11 with 16, so 16 threads get twice the warm-up.
   */
  private int warmIterations(int threads) {
    if (settings.smoke()) {
      return settings.warmIters();
    }
    return threads >= 16 ? 2 * settings.warmIters() : threads >= 4 ? settings.warmIters() + 2 : settings.warmIters();
  }

  // ---------------------------------------------------------------- JMH: codec

  private void codec() throws Exception {
    log("JMH codec (encode/decode per provider, -prof gc)");
    Collection<RunResult> results = new Runner(jmh("\\." + CodecBenchmark.class.getSimpleName() + "\\.", "jmh-codec.log")
        .param("provider", "AWS", "AZURE", "GCP")
        .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(1)
        .addProfiler(GCProfiler.class)
        .warmupIterations(settings.codecWarmIters()).warmupTime(TimeValue.seconds(settings.codecSec()))
        .measurementIterations(settings.codecIters()).measurementTime(TimeValue.seconds(settings.codecSec()))
        .build()).run();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      report.codec(r.getParams().getParam("provider"), method, r.getPrimaryResult().getScore(),
          alloc == null ? Double.NaN : alloc.getScore());
    }
  }

  // ---------------------------------------------------------------- Digest exchanges per call

  private void digestExchanges(ServerProcess server) throws Exception {
    int calls = settings.digestCalls();
    log("Digest exchanges: SDK, " + calls + " sequential calls");
    server.reset();
    long failures = 0;
    try (SdkContestant sdk = SdkContestant.digest(server.baseUrl())) {
      for (int i = 0; i < calls; i++) {
        try {
          sdk.call();
        } catch (RuntimeException e) {
          failures++;
        }
      }
    }
    report.digest("SDK (preemptive Digest), sequential", calls, failures, server.stats());

    int threads = settings.concThreads();
    int perThread = settings.concCalls();
    log("Digest exchanges: SDK, " + threads + " threads x " + perThread + " calls");
    server.reset();
    try (SdkContestant sdk = SdkContestant.digest(server.baseUrl())) {
      failures = concurrently(threads, perThread, sdk);
    }
    report.digest("SDK (preemptive Digest), " + threads + " threads x " + perThread, (long) threads * perThread,
        failures, server.stats());

    log("Digest exchanges: SDK, " + threads + " threads x " + settings.staleCalls() + " calls, nonces expire every 200 ms");
    server.nonceAge(200);
    server.reset();
    try (SdkContestant sdk = SdkContestant.digest(server.baseUrl())) {
      failures = concurrently(threads, settings.staleCalls(), sdk);
    } finally {
      server.nonceAge(60_000);
    }
    report.digest("SDK (preemptive Digest), " + threads + " threads x " + settings.staleCalls()
        + ", server nonce lifetime 200 ms (stale check; not a ratio goal)",
        (long) threads * settings.staleCalls(), failures, server.stats());

    log("Digest exchanges: HttpClient 5, fresh context per call, " + calls + " calls");
    server.reset();
    failures = 0;
    byte[] body = Fixtures.AWS_BODY_JSON.getBytes(StandardCharsets.UTF_8);
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    URI base = URI.create(server.baseUrl());
    credentials.setCredentials(new AuthScope(base.getHost(), base.getPort()),
        new UsernamePasswordCredentials(Fixtures.PUBLIC_KEY, Fixtures.PRIVATE_KEY.toCharArray()));
    try (CloseableHttpClient hc = HttpClients.custom().setDefaultCredentialsProvider(credentials).build()) {
      for (int i = 0; i < calls; i++) {
        HttpPatch patch = new HttpPatch(server.baseUrl() + Fixtures.PATH);
        patch.setHeader("Accept", Fixtures.MEDIA_TYPE);
        patch.setEntity(new ByteArrayEntity(body, ContentType.parse(Fixtures.MEDIA_TYPE)));
        int status = hc.execute(patch, HttpClientContext.create(), response -> {
          EntityUtils.consume(response.getEntity());
          return response.getCode();
        });
        if (status != 200) {
          failures++;
        }
      }
    }
    report.digest("Apache HttpClient 5, fresh HttpClientContext per call", calls, failures, server.stats());

    String curl = which("curl");
    if (curl == null) {
      report.digestNa("curl --digest", "n/a: curl not installed");
    } else {
      log("Digest exchanges: curl --digest, " + calls + " processes");
      Path bodyFile = work.resolve("aws-update.json");
      Files.write(bodyFile, body);
      server.reset();
      failures = 0;
      for (int i = 0; i < calls; i++) {
        Process p = new ProcessBuilder(curl, "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--digest",
            "-u", Fixtures.PUBLIC_KEY + ":" + Fixtures.PRIVATE_KEY, "-X", "PATCH",
            "-H", "Accept: " + Fixtures.MEDIA_TYPE, "-H", "Content-Type: " + Fixtures.MEDIA_TYPE,
            "--data-binary", "@" + bodyFile, server.baseUrl() + Fixtures.PATH)
            .redirectErrorStream(true).start();
        String code = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || !code.equals("200")) {
          failures++;
        }
      }
      report.digest("curl --digest, one process per call", calls, failures, server.stats());
    }
  }

  /** Runs {@code perThread} calls on each of {@code threads} threads, all released at once. @return failed calls */
  private static long concurrently(int threads, int perThread, Contestant c) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicLong failures = new AtomicLong();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            try {
              c.call();
            } catch (Exception e) {
              failures.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    return failures.get();
  }

  // ---------------------------------------------------------------- token requests

  private void tokenRequests(ServerProcess server) throws Exception {
    int threads = settings.tokenThreads();
    int perThread = settings.tokenCalls();
    log("Token requests: SDK bearer, " + threads + " threads x " + perThread + " calls, cold cache");
    server.reset();
    long failures;
    long started = System.nanoTime();
    ServerProcess.Stats stats;
    try (SdkContestant sdk = SdkContestant.bearer(server.baseUrl())) {
      failures = concurrently(threads, perThread, sdk);
      stats = server.stats(); // before close(), which revokes
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    report.tokens(threads, perThread, failures, stats, millis);
  }

  // ---------------------------------------------------------------- CLI

  private void cli(ServerProcess server) throws Exception {
    if (!Files.exists(repo.resolve("cli/target/atlas-peering.jar"))) {
      report.cliNa("n/a: cli/target/atlas-peering.jar not built");
      return;
    }
    Path body = work.resolve("aws-update.json");
    Files.writeString(body, Fixtures.AWS_BODY_JSON, StandardCharsets.UTF_8);
    CliLaunchSuite suite = new CliLaunchSuite(repo, work, BenchDriver::log);
    suite.plan(java, cliBaselineJar, server.baseUrl(), body);
    suite.run(server, settings.cliWarm(), settings.cliRounds());
    report.cliLaunch(suite);
  }

  /** The charts, beside the output file, drawn from this run's figures. */
  private void charts() {
    Path dir = out.toAbsolutePath().getParent();
    try {
      System.setProperty("java.awt.headless", "true");
      if (report.sdkCost() != null && !report.sdkCost().isEmpty()) {
        Charts.cpuPerCall(report.sdkCost(), dir.resolve("cpu-per-call.png"));
        Charts.latency(report.sdkCost().latency, SdkCostSuite.LABELS, SdkCostSuite.PERCENTILES,
            dir.resolve("latency-distribution.png"));
      }
      if (report.cliLaunch() != null && !report.cliLaunch().isEmpty()) {
        Charts.cliLaunch(report.cliLaunch(), dir.resolve("cli-launch.png"));
      }
      report.chartsDrawn(true);
    } catch (IOException | RuntimeException | Error e) {
      log("charts not drawn: " + oneLine(e));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String which(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return String.format(Locale.ROOT, "%.2f", load);
    }
  }

  static String oneLine(Throwable e) {
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    return oneLine(message);
  }

  static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").trim();
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  static void log(String message) {
    System.out.println("[bench " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
  }
}
