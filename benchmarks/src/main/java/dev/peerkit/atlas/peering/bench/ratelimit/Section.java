package dev.peerkit.atlas.peering.bench.ratelimit;

import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's own section of {@code RESULTS.md}, between two markers: replaced in place, so
 * the other sections (the suite's, written by {@code BenchDriver}) stay as they are. It sits after
 * the suite's closing-note marker, which the suite keeps when it rewrites the file.
 */
final class Section {

  static final String START = "<!-- rate-limit-benchmark:start -->";
  static final String END = "<!-- rate-limit-benchmark:end -->";

  private Section() {}

  static String render(List<RunResult> runs, TokenBucketPolicy bucket, int updates, Instant started,
      String loadStart, String loadEnd, String chart, String args) {
    double minimum = Chart.minimumSeconds(bucket, updates);
    double ideal = 1000.0 * bucket.refillDurationSeconds() / bucket.refillRate();
    StringBuilder md = new StringBuilder();
    md.append(START).append("\n## Rate limits: ").append(updates).append(" updates against the simulator's bucket\n\n");
    md.append("- Date: ").append(started.truncatedTo(ChronoUnit.SECONDS)).append("; machine: ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores shared with other builds; JDK ")
        .append(System.getProperty("java.runtime.version")).append('\n');
    md.append("- Command: `benchmarks/rate-limit.sh").append(args.isBlank() ? "" : " " + args)
        .append("` (from the repository root); load average (1, 5, 15 min) at the start: ").append(loadStart)
        .append("; at the end: ").append(loadEnd).append('\n');
    md.append("- Bucket: capacity ").append(bucket.capacity()).append(", refill ").append(bucket.refillRate())
        .append(" per ").append(bucket.refillDurationSeconds()).append(" s (continuous), one bucket per run, full at")
        .append(" the start. Theoretical minimum for ").append(updates).append(" updates: ")
        .append(bucket.capacity()).append(" at once, then one every ").append(fmt(ideal, 0)).append(" ms = ")
        .append(fmt(minimum, 1)).append(" s.\n");
    md.append("- One run per contestant (the bucket, not the machine, sets the pace); the spread column is")
        .append(" the gap between consecutive accepted updates after the first ").append(bucket.capacity())
        .append(" (ideal ").append(fmt(ideal, 0)).append(" ms): median / 95th percentile / max.\n\n");
    md.append("| Contestant | Wall time | Ratio to the minimum | 429s | 429s after the first | Failed | Gap median / p95 / max |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (RunResult run : runs) {
      double wall = run.wallNanos() / 1e9;
      List<Long> gaps = gaps(run.accepted(), bucket.capacity());
      md.append("| ").append(run.name()).append(" | ").append(fmt(wall, 1)).append(" s | ")
          .append(fmt(wall / minimum, 2)).append(" | ").append(run.refused().size()).append(" | ")
          .append(run.refusedAfterFirst()).append(" | ").append(run.failed()).append(" | ")
          .append(gaps.isEmpty() ? "n/a" : ms(percentile(gaps, 50)) + " / " + ms(percentile(gaps, 95)) + " / "
              + ms(gaps.get(gaps.size() - 1)))
          .append(" ms |\n");
    }
    md.append("\n![Accepted updates over time](").append(chart.replace("benchmarks/", "")).append(")\n\n");
    md.append("Wall time runs from the start of each contestant's work (client or process start included) to")
        .append(" its last answer; 429s are counted by the simulator's bucket. \"Failed\" counts updates that")
        .append(" still failed after the contestant's retries.\n").append(END).append('\n');
    return md.toString();
  }

  static void replaceIn(Path results, String section) throws IOException {
    String text = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated = start >= 0 && end > start
        ? text.substring(0, start) + section + text.substring(end + END.length()).replaceFirst("^\n", "")
        : text + (text.endsWith("\n") || text.isEmpty() ? "\n" : "\n\n") + section;
    Files.writeString(results, updated, StandardCharsets.UTF_8);
  }

  private static List<Long> gaps(List<Long> accepted, int capacity) {
    List<Long> gaps = new ArrayList<>();
    for (int i = capacity + 1; i < accepted.size(); i++) {
      gaps.add(accepted.get(i) - accepted.get(i - 1));
    }
    Collections.sort(gaps);
    return gaps;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static String ms(long nanos) {
    return fmt(nanos / 1e6, 0);
  }

  private static String fmt(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
