package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares MongoDB's published facts for the operation (snapshots in {@code spec/upstream/}) with
 * our spec, and checks every difference against {@code spec/upstream/deviations.yaml}, where each
 * one is listed with MongoDB's value, ours and the reason.
 */
final class UpstreamDrift {

  static final Path UPSTREAM = Path.of(System.getProperty("spec.upstreamDir", "upstream"));
  static final Path DEVIATIONS = UPSTREAM.resolve("deviations.yaml");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A fact that differs; {@code null} where a side has no such fact. */
  record Difference(String at, String upstream, String ours) {}

  /** A listed deviation. */
  record Deviation(String snapshot, String at, String upstream, String ours, String reason) {
    boolean explains(Difference d) {
      return at.equals(d.at()) && Objects.equals(upstream, d.upstream()) && Objects.equals(ours, d.ours());
    }
  }

  /** What the check found: differences nobody listed, and listed deviations that no longer hold. */
  record Verdict(List<Difference> unlisted, List<Deviation> stale) {
    boolean clean() {
      return unlisted.isEmpty() && stale.isEmpty();
    }

    String report(String snapshot) {
      StringBuilder text = new StringBuilder();
      for (Difference d : unlisted) {
        text.append("\nunlisted difference from ").append(snapshot).append(": ").append(d.at())
            .append("\n  upstream: ").append(d.upstream()).append("\n  ours: ").append(d.ours());
      }
      for (Deviation d : stale) {
        text.append("\nstale entry in deviations.yaml (no such difference): ").append(d.at());
      }
      return text.toString();
    }
  }

  private UpstreamDrift() {}

  static List<Difference> differences(JsonNode upstream, JsonNode ours, SpecFacts.Scope scope) {
    Map<String, String> theirs = SpecFacts.of(upstream, scope);
    Map<String, String> mine = SpecFacts.of(ours, scope);
    TreeSet<String> keys = new TreeSet<>(theirs.keySet());
    keys.addAll(mine.keySet());
    List<Difference> differences = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(theirs.get(key), mine.get(key))) {
        differences.add(new Difference(key, theirs.get(key), mine.get(key)));
      }
    }
    return differences;
  }

  static Verdict check(String snapshot, JsonNode upstream, JsonNode ours, List<Deviation> listed) {
    List<Deviation> forSnapshot = listed.stream().filter(d -> d.snapshot().equals(snapshot)).toList();
    List<Difference> differences = differences(upstream, ours, scopeOf(snapshot));
    List<Difference> unlisted = differences.stream()
        .filter(d -> forSnapshot.stream().noneMatch(dev -> dev.explains(d))).toList();
    List<Deviation> stale = forSnapshot.stream()
        .filter(dev -> differences.stream().noneMatch(dev::explains)).toList();
    return new Verdict(unlisted, stale);
  }

  /** The 2026 file is the Go SDK's flattened copy: compare it for drift only. */
  static SpecFacts.Scope scopeOf(String snapshot) {
    return snapshot.contains("transformed") ? SpecFacts.Scope.DRIFT : SpecFacts.Scope.FULL;
  }

  static List<String> snapshots() {
    List<String> names = new ArrayList<>();
    read(DEVIATIONS).path("snapshots").fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<Deviation> deviations() {
    List<Deviation> all = new ArrayList<>();
    read(DEVIATIONS).path("snapshots").fields().forEachRemaining(snapshot -> {
      for (JsonNode entry : snapshot.getValue()) {
        all.add(new Deviation(snapshot.getKey(), entry.path("at").asText(), text(entry.get("upstream")),
            text(entry.get("ours")), entry.path("reason").asText()));
      }
    });
    return all;
  }

  /** The README section, made from the deviations file: one line per reason, naming its facts per snapshot. */
  static String readmeSection() {
    Map<String, Map<String, List<String>>> byReason = new LinkedHashMap<>();
    for (Deviation d : deviations()) {
      String snapshot = d.snapshot().replaceFirst("^atlas-", "").replaceFirst("\\.facts\\.yaml$", "");
      byReason.computeIfAbsent(d.reason(), r -> new LinkedHashMap<>())
          .computeIfAbsent(snapshot, s -> new ArrayList<>()).add("`" + d.at() + "`");
    }
    StringBuilder text = new StringBuilder();
    byReason.forEach((reason, bySnapshot) -> {
      List<String> parts = new ArrayList<>();
      bySnapshot.forEach((snapshot, keys) -> parts.add(snapshot + ": " + String.join(", ", keys)));
      text.append("- ").append(reason).append(" (").append(String.join("; ", parts)).append(")\n");
    });
    return text.toString();
  }

  static JsonNode read(Path file) {
    try {
      return YAML.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
