package dev.peerkit.atlas.peering.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.bench.contestants.Contestant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Collects the figures of one run and renders {@code RESULTS.md}. */
final class Report {

  static final String NOTES_MARKER = "<!-- closing-note: written by hand; kept when the driver rewrites this file -->";

  private static final String RAW = Contestant.RAW;
  private static final List<String> SDKS = List.of(Contestant.SDK_BEARER, Contestant.SDK_DIGEST);

  private String command;
  private BenchDriver.Settings settings;
  private String loadStart;
  private String loadBeforeBuild;
  private String loadEnd;
  private long elapsedSeconds;
  private final String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz"));

  private final Map<String, String> requestOutcome = new LinkedHashMap<>();
  private final Map<String, JsonNode> requestSeen = new LinkedHashMap<>();
  private final Map<String, ServerProcess.Stats> requestStats = new LinkedHashMap<>();
  private String defaultTransport;
  private final Map<String, double[]> latency = new LinkedHashMap<>();
  private final Map<String, Map<Integer, double[]>> throughput = new LinkedHashMap<>();
  private final Map<String, Double> allocation = new LinkedHashMap<>();
  private final Map<String, Map<Integer, Double>> cpu = new LinkedHashMap<>();
  private final Map<String, Map<String, double[]>> codec = new LinkedHashMap<>();
  private final List<String[]> digestRows = new ArrayList<>();
  private final List<Double> digestSdkRatios = new ArrayList<>();
  private long digestRejected;
  private long digestFailures;
  private String tokenRow;
  private long tokenRequests = -1;
  private final Map<String, long[]> cliTimes = new LinkedHashMap<>();
  private String cliNa;
  private final List<String> cliNotes = new ArrayList<>();
  private SdkCostSuite sdkCost;
  private CliLaunchSuite cliLaunch;
  private boolean chartsDrawn;

  void sdkCost(SdkCostSuite suite) {
    this.sdkCost = suite;
  }

  SdkCostSuite sdkCost() {
    return sdkCost;
  }

  void cliLaunch(CliLaunchSuite suite) {
    this.cliLaunch = suite;
  }

  CliLaunchSuite cliLaunch() {
    return cliLaunch;
  }

  void chartsDrawn(boolean drawn) {
    this.chartsDrawn = drawn;
  }

  void environment(String command, BenchDriver.Settings settings, String load, String loadBeforeBuild) {
    this.loadBeforeBuild = loadBeforeBuild;
    this.command = command;
    this.settings = settings;
    this.loadStart = load;
  }

  void finish(String load, long elapsedSeconds) {
    this.loadEnd = load;
    this.elapsedSeconds = elapsedSeconds;
  }

  void request(String name, JsonNode seen, String outcome, ServerProcess.Stats stats) {
    requestSeen.put(name, seen);
    requestOutcome.put(name, outcome);
    requestStats.put(name, stats);
  }

  void defaultTransport(String text) {
    this.defaultTransport = text;
  }

  void latency(String name, double p50, double p99) {
    latency.put(name, new double[] {p50, p99});
  }

  void throughput(String name, int threads, double score, double error) {
    throughput.computeIfAbsent(name, k -> new TreeMap<>()).put(threads, new double[] {score, error});
  }

  void cpu(String name, int threads, double microsPerOp) {
    cpu.computeIfAbsent(name, k -> new TreeMap<>()).put(threads, microsPerOp);
  }

  void allocation(String name, double bytesPerOp) {
    allocation.put(name, bytesPerOp);
  }

  void codec(String provider, String method, double opsPerSecond, double bytesPerOp) {
    codec.computeIfAbsent(provider, k -> new LinkedHashMap<>()).put(method, new double[] {opsPerSecond, bytesPerOp});
  }

  void digest(String label, long calls, long failures, ServerProcess.Stats s) {
    double perCall = (double) s.exchanges() / calls;
    digestRows.add(new String[] {label, Long.toString(calls), Long.toString(failures), Long.toString(s.exchanges()),
        Long.toString(s.challenges()), Long.toString(s.stale()), Long.toString(s.rejected()), fmt(perCall, 3)});
    if (label.startsWith("SDK")) {
      if (!label.contains("not a ratio goal")) {
        digestSdkRatios.add(perCall);
      }
      digestRejected += s.rejected();
      digestFailures += failures;
    }
  }

  void digestNa(String label, String reason) {
    digestRows.add(new String[] {label, reason, "", "", "", "", "", "n/a"});
  }

  void tokens(int threads, int perThread, long failures, ServerProcess.Stats s, long millis) {
    tokenRequests = s.tokenRequests();
    tokenRow = "| " + threads + " threads x " + perThread + " calls, one shared client, cold cache, token expires_in 3600 s | "
        + (long) threads * perThread + " | " + s.ok() + " | " + failures + " | **" + s.tokenRequests() + "** | "
        + s.bearerRejected() + " | " + millis + " ms | " + (s.tokenRequests() == 1 ? "met (exactly 1)" : "**missed**") + " |";
  }

  void cli(Map<String, List<Long>> micros) {
    micros.forEach((k, v) -> cliTimes.put(k, v.stream().mapToLong(Long::longValue).toArray()));
  }

  void cliNa(String reason) {
    this.cliNa = reason;
  }

  void cliNote(String note) {
    if (!cliNotes.contains(note)) {
      cliNotes.add(note);
    }
  }

  /** @return the hand-written closing note of an earlier RESULTS.md, or null */
  static String notesOf(String previous) {
    int at = previous.indexOf(NOTES_MARKER);
    return at < 0 ? null : previous.substring(at + NOTES_MARKER.length()).strip();
  }

  // ------------------------------------------------------------------------------------ render

  String render(String previousNotes) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    if (settings.smoke()) {
      md.append("**SMOKE RUN** (tiny iteration counts): checks that the suite runs; the figures mean nothing.\n\n");
    }
    md.append("- Date: ").append(date).append('\n');
    md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
        .append(cpuModel()).append("), ").append(memory()).append(", ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
    md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
        .append(")\n");
    md.append("- Command: `").append(command).append("` (from the repository root)\n");
    md.append("- Load average (1, 5, 15 min) before the build: ").append(loadBeforeBuild == null ? "not recorded" : loadBeforeBuild)
        .append("; when the measurements started: ").append(loadStart).append("; at the end: ")
        .append(loadEnd).append("; the run took ").append(elapsedSeconds / 60).append(" min ")
        .append(elapsedSeconds % 60).append(" s\n");
    if (sdkCost != null && !sdkCost.isEmpty()) {
      SdkCostSuite.Settings c = settings.sdkCost();
      md.append("- JMH 1.37. SDK cost: ").append(c.rounds()).append(" rounds x 3 thread counts x 4 contestants, one fork each, ")
          .append(c.warmIters()).append(" x ").append(c.warmSec()).append(" s warm-up + ").append(c.iters()).append(" x ")
          .append(c.sec()).append(" s measured. Fork JVMs: -Xms512m -Xmx512m. The server runs in its own JVM.\n");
    }
    if (!latency.isEmpty() || !throughput.isEmpty()) {
      md.append("- JMH 1.37 (round trips against raw), 1 fork per figure, ").append(settings.warmIters()).append(" x ").append(settings.warmSec())
        .append(" s warm-up (throughput: 4 threads ").append(settings.smoke() ? settings.warmIters() : settings.warmIters() + 2)
        .append(" x, 16 threads ").append(settings.smoke() ? settings.warmIters() : 2 * settings.warmIters())
        .append(" x) + ").append(settings.iters()).append(" x ").append(settings.sec())
        .append(" s measurement per contestant; codec ").append(settings.codecWarmIters()).append(" x ")
        .append(settings.codecSec()).append(" s + ").append(settings.codecIters()).append(" x ")
        .append(settings.codecSec()).append(" s. Fork JVMs: -Xms512m -Xmx512m. The server runs in its own JVM.\n");
    }
    md.append("\nEvery ratio divides two figures measured in this run, one after the other on the same server:"
        + " the machine is shared and noisy, so absolute figures from different runs do not compare.\n\n");
    md.append(figures());
    md.append(requests());
    md.append("\n## Closing note\n\n").append(NOTES_MARKER).append("\n\n");
    md.append(previousNotes == null || previousNotes.isBlank()
        ? "_(The closing note is written by hand after a real run.)_\n" : previousNotes + "\n");
    return md.toString();
  }

  String summary() {
    return figures();
  }

  private String figures() {
    StringBuilder md = new StringBuilder();
    md.append(goals());
    if (sdkCost != null && !sdkCost.isEmpty()) {
      md.append(sdkCost.section(chartsDrawn));
    }
    if (!latency.isEmpty() || !throughput.isEmpty()) {
      md.append("\n## Round trip: one PATCH against the bench server (JMH)\n\n");
      List<String> names = new ArrayList<>(BenchDriver.CONTESTANTS);
      md.append("| figure |");
      names.forEach(n -> md.append(' ').append(BenchDriver.LABELS.get(n)).append(" |"));
      md.append(" SDK bearer / raw | SDK Digest / raw | stock / raw | goal |\n|---|");
      names.forEach(n -> md.append("---:|"));
      md.append("---:|---:|---:|---|\n");
      row(md, "latency p50, 1 thread (µs)", names, n -> at(latency, n, 0), "SDK / raw ≤ 1.10", 2);
      row(md, "latency p99, 1 thread (µs)", names, n -> at(latency, n, 1), "SDK / raw ≤ 1.10", 2);
      for (int t : new int[] {1, 4, 16}) {
        row(md, "throughput, " + t + " thread" + (t > 1 ? "s" : "") + " (calls/s)", names,
            n -> throughput.containsKey(n) && throughput.get(n).containsKey(t) ? throughput.get(n).get(t)[0] : Double.NaN,
            "SDK ≥ 0.90 × raw", 0);
      }
      row(md, "allocated per call, 1 thread (B, -prof gc)", names, n -> allocation.getOrDefault(n, Double.NaN),
          "SDK ≤ 1.5 × raw", 0);
      for (int t : new int[] {1, 4, 16}) {
        row(md, "client CPU per call, " + t + " thread" + (t > 1 ? "s" : "") + " (µs, whole client JVM)", names,
            n -> cpu.containsKey(n) && cpu.get(n).containsKey(t) ? cpu.get(n).get(t) : Double.NaN,
            "(explains throughput)", 0);
      }
      md.append("\nThroughput error bars (99.9% CI, calls/s): ");
      List<String> errs = new ArrayList<>();
      for (String n : names) {
        Map<Integer, double[]> byThreads = throughput.get(n);
        if (byThreads != null) {
          List<String> e = new ArrayList<>();
          byThreads.forEach((t, v) -> e.add(t + "t ±" + fmt(v[1], 0)));
          errs.add(n + " " + String.join(", ", e));
        }
      }
      md.append(String.join("; ", errs)).append(".\n");
    }
    if (!codec.isEmpty()) {
      md.append("\n## Encode and decode per provider variant (JMH, 1 thread)\n\n");
      md.append("SDK encode: the SDK's mapper writing the typed update (what its Feign encoder does). SDK decode: the"
          + " SDK's response decoder (the `AtlasCapability`'s) reading the 200 answer into the typed class. Map: a plain"
          + " `new ObjectMapper()` writing / reading the same JSON as a `Map`.\n\n");
      md.append("| provider | SDK encode (ops/s) | Map encode (ops/s) | SDK / Map | SDK decode (ops/s) | Map decode (ops/s) |"
          + " SDK / Map | B/op encode SDK / Map | B/op decode SDK / Map |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, Map<String, double[]>> e : codec.entrySet()) {
        Map<String, double[]> m = e.getValue();
        double[] se = m.getOrDefault("sdkEncode", nan2());
        double[] me = m.getOrDefault("mapEncode", nan2());
        double[] sd = m.getOrDefault("sdkDecode", nan2());
        double[] mdec = m.getOrDefault("mapDecode", nan2());
        md.append("| ").append(e.getKey()).append(" | ").append(fmt(se[0], 0)).append(" | ").append(fmt(me[0], 0))
            .append(" | ").append(fmt(se[0] / me[0], 2)).append(" | ").append(fmt(sd[0], 0)).append(" | ")
            .append(fmt(mdec[0], 0)).append(" | ").append(fmt(sd[0] / mdec[0], 2)).append(" | ")
            .append(fmt(se[1], 0)).append(" / ").append(fmt(me[1], 0)).append(" | ")
            .append(fmt(sd[1], 0)).append(" / ").append(fmt(mdec[1], 0)).append(" |\n");
      }
    }
    md.append("\n## HTTP exchanges per call with Digest (counted by the server)\n\n");
    md.append("Server: Jetty 12 `DigestAuthenticator` (MD5, qop=auth), which rejects a reused nc (401 without stale=true,"
        + " column *rejected*), answers `stale=true` for an expired nonce or one used 1024 times (column *stale*) and"
        + " challenges a request without credentials (column *challenge*). Nonce lifetime 60 s unless said otherwise.\n\n");
    md.append("| client | calls | failed calls | exchanges | 401 challenge | 401 stale | 401 rejected (reused nc) |"
        + " exchanges per call |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String[] r : digestRows) {
      md.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    md.append("\nGoal: SDK ≤ 1.05 exchanges per call, and no request rejected for a reused nc under concurrency.\n");
    if (tokenRow != null) {
      md.append("\n## Token requests (service account, counted by the server)\n\n");
      md.append("| run | calls | answered 200 | failed calls | token requests | bearer rejected | wall time | goal: exactly 1 |\n"
          + "|---|---:|---:|---:|---:|---:|---:|---|\n");
      md.append(tokenRow).append('\n');
    }
    if (cliLaunch != null && !cliLaunch.isEmpty()) {
      md.append(cliLaunch.section(chartsDrawn));
    } else if (cliNa != null || !cliTimes.isEmpty()) {
      md.append("\n## One-shot CLI latency (wall time of the whole process, including the token request, the PATCH"
          + " and the revoke)\n\n");
    }
    if (cliNa != null) {
      md.append(cliNa).append('\n');
    } else if (!cliTimes.isEmpty()) {
      long[] base = cliTimes.values().iterator().next();
      double baseMedian = median(base);
      md.append("Runs interleaved, ").append(base.length).append(" timed rounds after ").append(settings.cliWarm())
          .append(" warm-up rounds. Ratio: median / median of `java -version`.\n\n");
      md.append("| command | median (ms) | min (ms) | max (ms) | ratio to java -version |\n|---|---:|---:|---:|---:|\n");
      for (Map.Entry<String, long[]> e : cliTimes.entrySet()) {
        long[] v = e.getValue();
        md.append("| `").append(e.getKey()).append("` | ").append(fmt(median(v) / 1000, 0)).append(" | ")
            .append(fmt(min(v) / 1000.0, 0)).append(" | ").append(fmt(max(v) / 1000.0, 0)).append(" | ")
            .append(fmt(median(v) / baseMedian, 2)).append(" |\n");
      }
      for (String note : cliNotes) {
        md.append("\n").append(note).append('\n');
      }
    }
    return md.toString();
  }

  private String goals() {
    StringBuilder md = new StringBuilder("## Goals\n\n| goal | figure | verdict |\n|---|---|---|\n");
    if (cliLaunch != null && !cliLaunch.isEmpty()) {
      md.append(cliLaunch.goalRow());
    }
    if (sdkCost != null && !sdkCost.isEmpty()) {
      md.append(sdkCost.goalRows());
    }
    for (String sdk : SDKS) {
      String who = sdk.equals(Contestant.SDK_BEARER) ? "SDK bearer" : "SDK Digest";
      if (latency.containsKey(sdk) && latency.containsKey(RAW)) {
        for (int i = 0; i < 2; i++) {
          double ratio = latency.get(sdk)[i] / latency.get(RAW)[i];
          md.append("| latency ").append(i == 0 ? "p50" : "p99").append(": ").append(who).append(" / raw ≤ 1.10 | ")
              .append(fmt(ratio, 2)).append(" | ").append(atMost(ratio, 1.10)).append(" |\n");
        }
      }
      for (int t : new int[] {1, 4, 16}) {
        if (has(throughput, sdk, t) && has(throughput, RAW, t)) {
          double ratio = throughput.get(sdk).get(t)[0] / throughput.get(RAW).get(t)[0];
          md.append("| throughput, ").append(t).append(" thread").append(t > 1 ? "s" : "").append(": ").append(who)
              .append(" ≥ 0.90 × raw | ").append(fmt(ratio, 2)).append(" | ").append(atLeast(ratio, 0.90)).append(" |\n");
        }
      }
      if (allocation.containsKey(sdk) && allocation.containsKey(RAW)) {
        double ratio = allocation.get(sdk) / allocation.get(RAW);
        md.append("| bytes allocated per call: ").append(who).append(" ≤ 1.5 × raw | ").append(fmt(ratio, 2))
            .append(" (").append(fmt(allocation.get(sdk), 0)).append(" / ").append(fmt(allocation.get(RAW), 0))
            .append(" B) | ").append(atMost(ratio, 1.5)).append(" |\n");
      }
    }
    if (!digestSdkRatios.isEmpty()) {
      double worst = Collections.max(digestSdkRatios);
      md.append("| Digest exchanges per call ≤ 1.05 (SDK rows, sequential and concurrent) | worst ")
          .append(fmt(worst, 3)).append(" | ").append(atMost(worst, 1.05)).append(" |\n");
      md.append("| no request rejected for a reused nc, no failed call (all SDK Digest rows, stale check included) | ").append(digestRejected)
          .append(" rejected, ").append(digestFailures).append(" failed | ")
          .append(digestRejected == 0 && digestFailures == 0 ? "met" : "**missed**").append(" |\n");
    }
    if (tokenRequests >= 0) {
      md.append("| token requests, 64 threads x ").append(settings.tokenCalls()).append(" calls: exactly 1 | ")
          .append(tokenRequests).append(" | ").append(tokenRequests == 1 ? "met" : "**missed**").append(" |\n");
    }
    return md.toString();
  }

  private String requests() {
    StringBuilder md = new StringBuilder("\n## What each contestant sends (as the server received it)\n\n");
    md.append("One call each, captured by the server; the stock client's answer is decoded by its own generated code.\n\n");
    for (Map.Entry<String, JsonNode> e : requestSeen.entrySet()) {
      String name = e.getKey();
      JsonNode seen = e.getValue();
      ServerProcess.Stats s = requestStats.get(name);
      md.append("**").append(BenchDriver.LABELS.get(name)).append("** (`").append(name).append("`): ")
          .append(requestOutcome.get(name)).append("; ").append(s.exchanges()).append(" exchange(s), ")
          .append(s.tokenRequests()).append(" token request(s).\n\n");
      if (seen == null || !seen.has("method")) {
        md.append("_(no PATCH reached the resource)_\n\n");
        continue;
      }
      md.append("```http\n").append(seen.path("method").asText()).append(' ').append(seen.path("target").asText())
          .append('\n');
      Iterator<Map.Entry<String, JsonNode>> headers = seen.path("headers").fields();
      while (headers.hasNext()) {
        Map.Entry<String, JsonNode> h = headers.next();
        String value = h.getValue().asText();
        if (h.getKey().equalsIgnoreCase("Authorization")) {
          value = value.replaceAll("(response|cnonce)=\"?[0-9a-fA-F]+\"?", "$1=…");
        }
        md.append(h.getKey()).append(": ").append(value).append('\n');
      }
      md.append('\n').append(seen.path("body").asText()).append("\n```\n\n");
    }
    if (defaultTransport != null) {
      md.append("**The same stock `NetworkPeeringApi` on Feign's default transport** (`Feign.builder()` without a client"
          + " module: `HttpURLConnection`, also Spring Cloud OpenFeign's default): ").append(defaultTransport).append("\n");
    }
    return md.toString();
  }

  // ------------------------------------------------------------------------------------ helpers

  private interface Figure {
    double of(String name);
  }

  private static void row(StringBuilder md, String label, List<String> names, Figure f, String goal, int decimals) {
    md.append("| ").append(label).append(" |");
    for (String n : names) {
      md.append(' ').append(fmt(f.of(n), decimals)).append(" |");
    }
    double raw = f.of(RAW);
    md.append(' ').append(fmt(f.of(Contestant.SDK_BEARER) / raw, 2)).append(" |");
    md.append(' ').append(fmt(f.of(Contestant.SDK_DIGEST) / raw, 2)).append(" |");
    md.append(' ').append(fmt(f.of(Contestant.STOCK) / raw, 2)).append(" |");
    md.append(' ').append(goal).append(" |\n");
  }

  private static double at(Map<String, double[]> m, String name, int i) {
    double[] v = m.get(name);
    return v == null ? Double.NaN : v[i];
  }

  private static boolean has(Map<String, Map<Integer, double[]>> m, String name, int threads) {
    return m.containsKey(name) && m.get(name).containsKey(threads);
  }

  private static double[] nan2() {
    return new double[] {Double.NaN, Double.NaN};
  }

  private static String atMost(double ratio, double goal) {
    return ratio <= goal ? "met" : "**missed** by " + fmt((ratio / goal - 1) * 100, 1) + "% (" + fmt(ratio, 2) + " > " + goal + ")";
  }

  private static String atLeast(double ratio, double goal) {
    return ratio >= goal ? "met" : "**missed** by " + fmt((1 - ratio / goal) * 100, 1) + "% (" + fmt(ratio, 2) + " < " + goal + ")";
  }

  static String fmt(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  private static long min(long[] v) {
    return java.util.Arrays.stream(v).min().orElse(0);
  }

  private static long max(long[] v) {
    return java.util.Arrays.stream(v).max().orElse(0);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException ignored) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return fmt(kb / 1024.0 / 1024.0, 0) + " GiB RAM";
        }
      }
    } catch (IOException | NumberFormatException ignored) {
      // not Linux
    }
    return "RAM unknown";
  }
}
