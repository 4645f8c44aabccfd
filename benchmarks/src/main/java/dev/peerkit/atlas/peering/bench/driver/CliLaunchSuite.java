package dev.peerkit.atlas.peering.bench.driver;

import dev.peerkit.atlas.peering.bench.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One-shot CLI launch: the whole process of one update (token, PATCH, revoke against the bench
 * server), for each lever (lean jar, AppCDS, JDK 25 AOT cache, C1 only), as a ratio to {@code
 * java -version} of the same JDK measured in the same round. Commands run interleaved, round by
 * round, so a burst of load from the machine's other tenants hits every command alike; each ratio
 * is reported as the median over rounds with its quartiles and range.
 */
final class CliLaunchSuite {

  static final double GOAL = 4.0;
  static final String JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";

  /** One command: the JDK whose {@code java -version} it is compared with, and its arguments. */
  record Variant(String label, String jdk, List<String> command, boolean baseline) {}

  private final Path repo;
  private final Path work;
  private final Consumer<String> log;
  final List<Variant> variants = new ArrayList<>();
  final Map<String, List<Long>> micros = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  private int warm;
  private int rounds;

  CliLaunchSuite(Path repo, Path work, Consumer<String> log) {
    this.repo = repo;
    this.work = work;
    this.log = log;
  }

  void plan(String java17, Path baselineJar, String baseUrl, Path body) {
    Path jar = repo.resolve("cli/target/atlas-peering.jar");
    String jarArg = repo.relativize(jar).toString();
    String jsa = repo.relativize(repo.resolve("cli/target/atlas-peering.jsa")).toString();
    String aot = repo.relativize(repo.resolve("cli/target/atlas-peering.aot")).toString();
    List<String> update = List.of("updatePeeringConnection", "--base-url", baseUrl,
        "--groupId", Fixtures.GROUP_ID, "--peerId", Fixtures.PEER_ID, "--file", body.toString());
    add("java -version", "17", List.of(java17, "-version"), true, List.of());
    if (baselineJar != null) {
      String before = baselineJar.toString();
      add("java -jar <jar before this change> (simulator inside)", "17", List.of(java17, "-jar", before), false, update);
      Path beforeJsa = baselineJar.resolveSibling("atlas-peering.jsa");
      if (Files.exists(beforeJsa)) {
        add("java -XX:SharedArchiveFile=<its jsa> -XX:TieredStopAtLevel=1 -jar <jar before> (the fastest documented before)",
            "17", List.of(java17, "-XX:SharedArchiveFile=" + beforeJsa, "-XX:TieredStopAtLevel=1", "-jar", before), false,
            update);
      }
    }
    add("java -jar " + jarArg + " (lean jar)", "17", List.of(java17, "-jar", jarArg), false, update);
    add("java -XX:TieredStopAtLevel=1 -jar " + jarArg, "17", List.of(java17, "-XX:TieredStopAtLevel=1", "-jar", jarArg),
        false, update);
    if (Files.exists(repo.resolve(jsa))) {
      add("java -XX:SharedArchiveFile=" + jsa + " -jar " + jarArg, "17",
          List.of(java17, "-XX:SharedArchiveFile=" + jsa, "-jar", jarArg), false, update);
      add("java -XX:SharedArchiveFile=" + jsa + " -XX:TieredStopAtLevel=1 -jar " + jarArg, "17",
          List.of(java17, "-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1", "-jar", jarArg), false, update);
    } else {
      notes.add("No " + jsa + ": the AppCDS rows are missing.");
    }
    if (Files.isExecutable(Path.of(JDK25))) {
      add("java -version (JDK 25)", "25", List.of(JDK25, "-version"), true, List.of());
      add("java25 -jar " + jarArg, "25", List.of(JDK25, "-jar", jarArg), false, update);
      add("java25 -XX:TieredStopAtLevel=1 -jar " + jarArg, "25", List.of(JDK25, "-XX:TieredStopAtLevel=1", "-jar", jarArg),
          false, update);
      if (Files.exists(repo.resolve(aot))) {
        add("java25 -XX:AOTCache=" + aot + " -jar " + jarArg, "25",
            List.of(JDK25, "-XX:AOTCache=" + aot, "-jar", jarArg), false, update);
        add("java25 -XX:AOTCache=" + aot + " -XX:TieredStopAtLevel=1 -jar " + jarArg, "25",
            List.of(JDK25, "-XX:AOTCache=" + aot, "-XX:TieredStopAtLevel=1", "-jar", jarArg), false, update);
      } else {
        notes.add("No " + aot + ": the JDK 25 AOT cache rows are missing (made at package time when " + JDK25 + " exists).");
      }
    } else {
      notes.add("No JDK 25 at " + JDK25 + ": its rows are missing.");
    }
  }

  private void add(String label, String jdk, List<String> head, boolean baseline, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(tail);
    variants.add(new Variant(label, jdk, all, baseline));
  }

  void run(ServerProcess server, int warm, int rounds) throws Exception {
    this.warm = warm;
    this.rounds = rounds;
    variants.forEach(v -> micros.put(v.label(), new ArrayList<>()));
    log.accept("CLI one-shot: " + variants.size() + " commands x " + (warm + rounds) + " rounds, interleaved");
    for (int round = 0; round < warm + rounds; round++) {
      for (Variant v : variants) {
        server.reset();
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(v.command()).directory(repo.toFile())
            .redirectOutput(work.resolve("cli.out").toFile())
            .redirectError(work.resolve("cli.err").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("MONGODB_ATLAS_") || k.startsWith("JAVA_TOOL_OPTIONS")
            || k.equals("JDK_JAVA_OPTIONS") || k.equals("_JAVA_OPTIONS"));
        env.put("MONGODB_ATLAS_CLIENT_ID", Fixtures.CLIENT_ID);
        env.put("MONGODB_ATLAS_CLIENT_SECRET", Fixtures.CLIENT_SECRET);
        int exit = pb.start().waitFor();
        long elapsed = (System.nanoTime() - t0) / 1000;
        String err = Files.readString(work.resolve("cli.err"), StandardCharsets.UTF_8);
        if (exit != 0) {
          throw new IllegalStateException(v.label() + " exited " + exit + ": " + err);
        }
        if (!v.baseline()) {
          String printed = Files.readString(work.resolve("cli.out"), StandardCharsets.UTF_8);
          if (!printed.contains("PENDING_ACCEPTANCE") || server.stats().ok() != 1 || server.stats().tokenRequests() != 1) {
            throw new IllegalStateException(v.label() + " did not update the peer: " + printed + err);
          }
          if (!err.isBlank()) {
            String note = "`" + v.label() + "` printed on stderr: " + BenchDriver.oneLine(err);
            if (!notes.contains(note)) {
              notes.add(note);
            }
          }
        }
        if (round >= warm) {
          micros.get(v.label()).add(elapsed);
        }
      }
    }
  }

  /** Per-round ratios of a command to {@code java -version} of its JDK. */
  Spread ratio(Variant v) {
    Variant base = variants.stream().filter(b -> b.baseline() && b.jdk().equals(v.jdk())).findFirst().orElseThrow();
    List<Long> a = micros.get(v.label());
    List<Long> b = micros.get(base.label());
    double[] r = new double[Math.min(a.size(), b.size())];
    for (int i = 0; i < r.length; i++) {
      r[i] = (double) a.get(i) / b.get(i);
    }
    return Spread.of(r);
  }

  /** Per-round ratio of two commands (a lever's effect). */
  Spread ratio(String a, String b) {
    List<Long> x = micros.get(a);
    List<Long> y = micros.get(b);
    double[] r = new double[Math.min(x.size(), y.size())];
    for (int i = 0; i < r.length; i++) {
      r[i] = (double) x.get(i) / y.get(i);
    }
    return Spread.of(r);
  }

  Spread millis(Variant v) {
    return Spread.of(micros.get(v.label()).stream().mapToDouble(m -> m / 1000.0).toArray());
  }

  /** The fastest update command by median ratio. */
  Variant fastest() {
    Variant best = null;
    for (Variant v : variants) {
      if (!v.baseline() && (best == null || ratio(v).median() < ratio(best).median())) {
        best = v;
      }
    }
    return best;
  }

  boolean isEmpty() {
    return micros.isEmpty();
  }

  String goalRow() {
    Variant best = fastest();
    if (best == null) {
      return "";
    }
    Spread r = ratio(best);
    return "| one-shot CLI update (token, PATCH, revoke) ≤ 4 × `java -version` of the same JDK; fastest: `"
        + best.label() + "` | " + r.text(2) + " (quartiles " + Report.fmt(r.quantile(0.25), 2) + "–"
        + Report.fmt(r.quantile(0.75), 2) + ") | " + Spread.verdictAtMost(r.median(), r.quantile(0.25), r.quantile(0.75), GOAL)
        + " |\n";
  }

  String section(boolean chart) {
    StringBuilder md = new StringBuilder("\n## One-shot CLI launch (wall time of the whole process: token request,"
        + " PATCH, revoke)\n\n");
    md.append("Commands interleaved, ").append(rounds).append(" timed rounds after ").append(warm)
        .append(" warm-up rounds. Ratio: per round, the command's time over `java -version` of the same JDK in the"
            + " same round; median (min–max) and quartiles over the rounds. Verdict against 4 × on the quartiles:"
            + " when they straddle 4 the run is too noisy to conclude.\n\n");
    md.append("| command | JDK | median (ms) | ratio to java -version: median (min–max, n) | quartiles | goal ≤ 4 × |\n"
        + "|---|---|---:|---:|---:|---|\n");
    for (Variant v : variants) {
      Spread ms = millis(v);
      if (v.baseline()) {
        md.append("| `").append(v.label()).append("` | ").append(v.jdk()).append(" | ").append(Report.fmt(ms.median(), 0))
            .append(" | 1.00 | | |\n");
        continue;
      }
      Spread r = ratio(v);
      md.append("| `").append(v.label()).append("` | ").append(v.jdk()).append(" | ").append(Report.fmt(ms.median(), 0))
          .append(" | ").append(r.text(2)).append(" | ").append(Report.fmt(r.quantile(0.25), 2)).append("–")
          .append(Report.fmt(r.quantile(0.75), 2)).append(" | ")
          .append(Spread.verdictAtMost(r.median(), r.quantile(0.25), r.quantile(0.75), GOAL)).append(" |\n");
    }
    md.append("\nEach lever's effect (per-round ratio of two commands; below 1 is faster):\n\n");
    md.append("| lever | commands compared | ratio: median (min–max, n) |\n|---|---|---:|\n");
    lever(md, "lean jar (no simulator on the class path), default JVM flags", first("(lean jar)"),
        "java -jar <jar before this change> (simulator inside)");
    lever(md, "C1 only (-XX:TieredStopAtLevel=1), JDK 17", first("-XX:TieredStopAtLevel=1 -jar cli/target/atlas-peering.jar"),
        first("(lean jar)"));
    lever(md, "AppCDS archive trained on real updates, JDK 17", firstWith("SharedArchiveFile=cli", false),
        first("(lean jar)"));
    lever(md, "AppCDS + C1, JDK 17", firstWith("SharedArchiveFile=cli", true), first("(lean jar)"));
    lever(md, "JDK 25 instead of 17, same jar", first("java25 -jar"), first("(lean jar)"));
    lever(md, "JDK 25 AOT cache (JEP 483/514/515)", firstWith("AOTCache", false), first("java25 -jar"));
    lever(md, "JDK 25 AOT cache + C1", firstWith("AOTCache", true), first("java25 -jar"));
    lever(md, "lean jar + AppCDS + C1 against the fastest documented before",
        firstWith("SharedArchiveFile=cli", true), first("(the fastest documented before)"));
    for (String note : notes) {
      md.append("\n").append(note).append('\n');
    }
    if (chart) {
      md.append("\n![One-shot CLI launch, ratio to java -version](cli-launch.png)\n");
    }
    return md.toString();
  }

  private String first(String contains) {
    return variants.stream().map(Variant::label).filter(l -> l.contains(contains)).findFirst().orElse(null);
  }

  private String firstWith(String contains, boolean c1) {
    return variants.stream().map(Variant::label)
        .filter(l -> l.contains(contains) && l.contains("TieredStopAtLevel") == c1).findFirst().orElse(null);
  }

  private void lever(StringBuilder md, String lever, String a, String b) {
    if (a == null || b == null) {
      return;
    }
    md.append("| ").append(lever).append(" | `").append(a).append("` / `").append(b).append("` | ")
        .append(ratio(a, b).text(2)).append(" |\n");
  }
}
