package dev.peerkit.atlas.peering.bench.driver;

import dev.peerkit.atlas.peering.bench.contestants.Contestant;
import dev.peerkit.atlas.peering.bench.jmh.CpuProfiler;
import dev.peerkit.atlas.peering.bench.jmh.RoundTripBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The SDK's own cost: the SDK against bare Feign + HttpClient 5 (same generated interface, same
 * transport, none of the SDK's layers), for bearer and for Digest, at 1, 4 and 16 threads.
 *
 * <p>Headline: client CPU time per call (the whole client JVM's CPU time over the iteration,
 * divided by the calls; it does not depend on how much CPU the other tenants of the machine left
 * us, unlike throughput) and bytes allocated per call ({@code -prof gc}). Each ratio is taken per
 * round, SDK fork over bare fork measured right after each other, and reported as the median and
 * range over the rounds; a range that straddles the goal is "too noisy to conclude".
 */
final class SdkCostSuite {

  /** Pairs: SDK contestant and its bare baseline. */
  static final Map<String, String> PAIRS = Map.of(
      Contestant.SDK_BEARER, Contestant.BARE_BEARER,
      Contestant.SDK_DIGEST, Contestant.BARE_DIGEST);
  static final List<String> CONTESTANTS =
      List.of(Contestant.BARE_BEARER, Contestant.SDK_BEARER, Contestant.BARE_DIGEST, Contestant.SDK_DIGEST);
  static final Map<String, String> LABELS = Map.of(
      Contestant.BARE_BEARER, "bare Feign + HC5, bearer",
      Contestant.SDK_BEARER, "SDK, bearer",
      Contestant.BARE_DIGEST, "bare Feign + HC5, Digest (2 exchanges/call)",
      Contestant.SDK_DIGEST, "SDK, Digest (preemptive, 1 exchange/call)");
  static final int[] THREADS = {1, 4, 16};
  static final double CPU_GOAL = 1.15;
  static final double BYTES_GOAL = 1.30;
  static final double[] PERCENTILES = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.9};

  /** One fork's figures. */
  record Fork(double cpuMicros, double bytes, double callsPerSecond) {}

  record Settings(int rounds, int warmIters, int warmSec, int iters, int sec) {}

  private final Settings settings;
  private final Path work;
  private final Consumer<String> log;
  /** contestant -> threads -> one fork per round */
  final Map<String, Map<Integer, List<Fork>>> forks = new LinkedHashMap<>();
  /** contestant -> latency at {@link #PERCENTILES}, µs, 1 thread */
  final Map<String, double[]> latency = new LinkedHashMap<>();

  SdkCostSuite(Settings settings, Path work, Consumer<String> log) {
    this.settings = settings;
    this.work = work;
    this.log = log;
  }

  private ChainedOptionsBuilder jmh(String url, String logName) {
    return new OptionsBuilder()
        .include("\\." + RoundTripBenchmark.class.getSimpleName() + "\\.call$")
        .forks(1)
        .shouldFailOnError(true)
        .jvmArgsAppend("-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.jboss.logging.provider=slf4j", "-Dbench.url=" + url)
        .param("contestant", CONTESTANTS.toArray(String[]::new))
        .warmupIterations(settings.warmIters()).warmupTime(TimeValue.seconds(settings.warmSec()))
        .measurementIterations(settings.iters()).measurementTime(TimeValue.seconds(settings.sec()))
        .output(work.resolve(logName).toString());
  }

  void run(String url) throws Exception {
    log.accept("SDK cost: latency distribution (SampleTime, 1 thread)");
    for (RunResult r : new Runner(jmh(url, "jmh-sdkcost-latency.log")
        .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).threads(1).build()).run()) {
      var stats = r.getPrimaryResult().getStatistics();
      double[] values = new double[PERCENTILES.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = stats.getPercentile(Math.max(PERCENTILES[i], 0.0001));
      }
      latency.put(r.getParams().getParam("contestant"), values);
    }
    for (int round = 1; round <= settings.rounds(); round++) {
      for (int threads : THREADS) {
        log.accept("SDK cost: round " + round + "/" + settings.rounds() + ", " + threads + " thread(s), "
            + CONTESTANTS.size() + " forks (CPU per call, -prof gc)");
        ChainedOptionsBuilder options = jmh(url, "jmh-sdkcost-r" + round + "-t" + threads + ".log")
            .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(threads);
        options.addProfiler(CpuProfiler.class);
        options.addProfiler(GCProfiler.class);
        for (RunResult r : new Runner(options.build()).run()) {
          Result<?> cpu = r.getSecondaryResults().get("cpu.us/op");
          Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
          forks.computeIfAbsent(r.getParams().getParam("contestant"), k -> new TreeMap<>())
              .computeIfAbsent(threads, k -> new ArrayList<>())
              .add(new Fork(cpu == null ? Double.NaN : cpu.getScore(), alloc == null ? Double.NaN : alloc.getScore(),
                  r.getPrimaryResult().getScore()));
        }
      }
    }
  }

  /** The per-round ratios SDK / bare of one figure. */
  Spread ratio(String sdk, int threads, java.util.function.ToDoubleFunction<Fork> figure) {
    List<Fork> a = forks.getOrDefault(sdk, Map.of()).getOrDefault(threads, List.of());
    List<Fork> b = forks.getOrDefault(PAIRS.get(sdk), Map.of()).getOrDefault(threads, List.of());
    int n = Math.min(a.size(), b.size());
    double[] ratios = new double[n];
    for (int i = 0; i < n; i++) {
      ratios[i] = figure.applyAsDouble(a.get(i)) / figure.applyAsDouble(b.get(i));
    }
    return Spread.of(ratios);
  }

  Spread figure(String contestant, int threads, java.util.function.ToDoubleFunction<Fork> figure) {
    return Spread.of(forks.getOrDefault(contestant, Map.of()).getOrDefault(threads, List.of()).stream()
        .mapToDouble(figure).toArray());
  }

  boolean isEmpty() {
    return forks.isEmpty();
  }

  /** Goal rows for the Goals table. */
  String goalRows() {
    StringBuilder md = new StringBuilder();
    for (String sdk : List.of(Contestant.SDK_BEARER, Contestant.SDK_DIGEST)) {
      String who = sdk.equals(Contestant.SDK_BEARER) ? "bearer" : "Digest";
      for (int t : THREADS) {
        Spread cpu = ratio(sdk, t, Fork::cpuMicros);
        md.append("| CPU per call, ").append(who).append(", ").append(t).append(" thread").append(t > 1 ? "s" : "")
            .append(": SDK ≤ ").append(Report.fmt(CPU_GOAL, 2)).append(" × bare Feign + HC5 | ").append(cpu.text(2))
            .append(" | ").append(cpu.verdictAtMost(CPU_GOAL)).append(" |\n");
      }
      for (int t : THREADS) {
        Spread bytes = ratio(sdk, t, Fork::bytes);
        md.append("| bytes allocated per call, ").append(who).append(", ").append(t).append(" thread")
            .append(t > 1 ? "s" : "").append(": SDK ≤ ").append(Report.fmt(BYTES_GOAL, 2))
            .append(" × bare Feign + HC5 | ").append(bytes.text(2)).append(" | ").append(bytes.verdictAtMost(BYTES_GOAL))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  String section(boolean charts) {
    StringBuilder md = new StringBuilder("\n## The SDK's own cost: SDK against bare Feign + HttpClient 5 (JMH)\n\n");
    md.append("Bare: the same generated `NetworkPeeringApi` and models on `Feign.builder()` with feign-hc5 over an"
        + " HttpClient 5 pool configured like the SDK's, and none of the SDK's layers (validation, envelope, typed"
        + " errors, retryer, token provider, preemptive Digest); an interceptor adds the same headers. Its Digest is"
        + " HttpClient's own, challenged on every call (2 exchanges), so the Digest ratios compare the SDK's one"
        + " exchange with the bare stack's two.\n\n");
    md.append(settings.rounds()).append(" rounds; in each round every contestant runs one JMH fork (")
        .append(settings.warmIters()).append(" x ").append(settings.warmSec()).append(" s warm-up, ")
        .append(settings.iters()).append(" x ").append(settings.sec())
        .append(" s measured), one right after the other, at 1, 4 and 16 threads. A ratio is computed per round"
        + " (SDK fork / bare fork of the same round) and shown as median (min–max, n = rounds). CPU per call: the"
        + " whole client JVM's CPU time (all threads: callers, JIT, GC) over the iteration divided by the calls"
        + " completed; it does not depend on how much CPU the machine's other tenants leave, which throughput does."
        + " A range that straddles the goal is reported as too noisy to conclude.\n\n");
    md.append("| threads | figure |");
    CONTESTANTS.forEach(c -> md.append(' ').append(LABELS.get(c)).append(" |"));
    md.append(" SDK / bare, bearer | SDK / bare, Digest |\n|---:|---|");
    CONTESTANTS.forEach(c -> md.append("---:|"));
    md.append("---:|---:|\n");
    for (int t : THREADS) {
      appendRow(md, t, "CPU per call (µs)", Fork::cpuMicros, 0);
      appendRow(md, t, "bytes allocated per call", Fork::bytes, 0);
      appendRow(md, t, "throughput (calls/s; noisy, for context)", Fork::callsPerSecond, 0);
    }
    if (!latency.isEmpty()) {
      md.append("\nLatency, 1 thread (µs, JMH SampleTime, one fork each): ");
      List<String> parts = new ArrayList<>();
      for (String c : CONTESTANTS) {
        double[] v = latency.get(c);
        if (v != null) {
          parts.add(LABELS.get(c) + " p50 " + Report.fmt(v[5], 0) + ", p99 " + Report.fmt(v[11], 0));
        }
      }
      md.append(String.join("; ", parts)).append(".\n");
    }
    if (charts) {
      md.append("\n![CPU per call](cpu-per-call.png)\n\n![Latency distribution, 1 thread](latency-distribution.png)\n");
    }
    return md.toString();
  }

  private void appendRow(StringBuilder md, int threads, String name, java.util.function.ToDoubleFunction<Fork> f,
      int decimals) {
    md.append("| ").append(threads).append(" | ").append(name).append(" |");
    for (String c : CONTESTANTS) {
      md.append(' ').append(figure(c, threads, f).text(decimals)).append(" |");
    }
    md.append(' ').append(ratio(Contestant.SDK_BEARER, threads, f).text(2)).append(" | ")
        .append(ratio(Contestant.SDK_DIGEST, threads, f).text(2)).append(" |\n");
  }
}
