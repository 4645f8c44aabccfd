package dev.peerkit.atlas.peering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} and {@code properties} snippet of README.md is a region of an example that
 * this module compiles and runs ({@code // README:start name} ... {@code // README:end}), and shows
 * the imports its types need.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("```(java|properties)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile(
      "(?://|#) README:start (\\S+)\\n(.*?)\\n\\s*(?://|#) README:end", Pattern.DOTALL);

  record Region(String name, Path file, String body, List<String> fileImports) {}

  @Test
  void everySnippetIsAnExampleWithItsImports() throws IOException {
    Map<String, Region> regions = regions();
    Matcher block = BLOCK.matcher(Files.readString(README));
    int snippets = 0;
    while (block.find()) {
      snippets++;
      List<String> lines = block.group(2).lines().toList();
      List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
      String body = normalize(lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n")));
      Region region = regions.values().stream().filter(r -> normalize(withoutImports(r.body())).equals(body))
          .findFirst().orElse(null);
      assertThat(region).as("README snippet is not an example region:%n%s", block.group(2)).isNotNull();
      List<String> needed = region.fileImports().stream()
          .filter(i -> body.matches("(?s).*\\b" + simpleName(i) + "\\b.*")).toList();
      assertThat(imports).as("imports of the README snippet taken from %s", region.file())
          .containsExactlyInAnyOrderElementsOf(needed);
    }
    assertThat(snippets).isGreaterThanOrEqualTo(6);
  }

  private static Map<String, Region> regions() throws IOException {
    Map<String, Region> regions = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    for (String root : List.of("src/main/java", "src/test/java", "src/main/resources")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    for (Path file : files) {
      String text = Files.readString(file);
      List<String> imports = text.lines().filter(l -> l.startsWith("import "))
          .toList();
      Matcher m = REGION.matcher(text);
      while (m.find()) {
        regions.put(m.group(1), new Region(m.group(1), file, m.group(2), imports));
      }
    }
    assertThat(regions).isNotEmpty();
    return regions;
  }

  private static String withoutImports(String text) {
    return text.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
  }

  private static String simpleName(String importLine) {
    String name = importLine.replaceAll("^import\\s+|;\\s*$", "");
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Drops blank lines at either end and the common indentation; keeps everything else exact. */
  private static String normalize(String text) {
    List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }
}
