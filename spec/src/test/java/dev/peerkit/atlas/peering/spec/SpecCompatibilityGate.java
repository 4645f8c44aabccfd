package dev.peerkit.atlas.peering.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.HtmlRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Tells whether a new version of the document breaks clients of an old one: openapi-diff's
 * verdict, plus two schema checks that openapi-diff 2.0.1 does not make. It ignores {@code pattern}
 * altogether, and calls a property removed from a request schema compatible, although the request
 * shapes here have {@code additionalProperties: false}, so a client still sending it gets a 400.
 */
final class SpecCompatibilityGate {

  private static final String TITLE = "OpenAPI compatibility report";
  private static final String CSS = "data:text/css,body%7Bfont-family:sans-serif%7D";

  /** The verdicts and the rendered report. */
  record Result(DiffResult openApiDiff, List<String> schemaBreaks, String markdown, String html) {
    boolean incompatible() {
      return openApiDiff.isIncompatible() || !schemaBreaks.isEmpty();
    }
  }

  private SpecCompatibilityGate() {}

  static Result compare(String oldText, String newText) {
    return compare("old", oldText, "new", newText);
  }

  /** Compares two document texts; the labels (such as file paths) only name them in the report. */
  static Result compare(String oldLabel, String oldText, String newLabel, String newText) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(oldText, newText);
    DiffResult verdict = diff.isChanged();
    List<String> breaks = schemaBreaks(tree(oldText), tree(newText));
    boolean incompatible = verdict.isIncompatible() || !breaks.isEmpty();
    String overall = incompatible ? "BREAKING" : verdict.isUnchanged() ? "unchanged" : "compatible";

    StringBuilder md = new StringBuilder("# " + TITLE + "\n\n")
        .append("Old: `").append(oldLabel).append("`  \nNew: `").append(newLabel).append("`\n\n")
        .append("Verdict: **").append(overall).append("** (openapi-diff: ").append(verdict).append(")\n\n")
        .append("## Schema checks (pattern changes, removed properties)\n\n");
    breaks.forEach(b -> md.append("* ").append(b).append('\n'));
    md.append(breaks.isEmpty() ? "None.\n" : "").append("\n## openapi-diff\n\n");
    String rendered = new MarkdownRender().render(diff);
    md.append(rendered.isBlank() ? "No changes.\n" : rendered);

    StringBuilder verdictHtml = new StringBuilder("<div><h2>Verdict: ").append(overall)
        .append(" (openapi-diff: ").append(verdict).append(")</h2><ul>");
    breaks.forEach(b -> verdictHtml.append("<li>").append(escapeHtml(b)).append("</li>"));
    verdictHtml.append("</ul></div>");
    String html = new HtmlRender(TITLE, CSS).render(diff).replace("</header>", "</header>" + verdictHtml);
    return new Result(verdict, List.copyOf(breaks), md.toString(), html);
  }

  /** Patterns changed, added or removed on a schema present in both, and properties removed. */
  static List<String> schemaBreaks(JsonNode oldDoc, JsonNode newDoc) {
    List<String> breaks = new ArrayList<>();
    visit(oldDoc, "", (pointer, oldNode) -> {
      JsonNode newNode = newDoc.at(pointer);
      if (!oldNode.isObject() || !newNode.isObject()) {
        return;
      }
      String oldPattern = oldNode.path("pattern").textValue();
      String newPattern = newNode.path("pattern").textValue();
      if (!Objects.equals(oldPattern, newPattern)) {
        // Tightening breaks requests; loosening breaks clients that validate responses.
        breaks.add("pattern changed at `" + pointer + "`: `" + oldPattern + "` -> `" + newPattern + "`");
      }
      oldNode.path("properties").fieldNames().forEachRemaining(name -> {
        if (!newNode.path("properties").has(name)) {
          breaks.add("property removed: `" + pointer + "/properties/" + SchemaValidation.escape(name) + "`");
        }
      });
    });
    return breaks;
  }

  /** Visits every node with its JSON pointer, skipping example values. */
  private static void visit(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
    visitor.accept(pointer, node);
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      visit(node.get(i), pointer + "/" + i, visitor);
    }
    node.fields().forEachRemaining(field -> {
      if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
        visit(field.getValue(), pointer + "/" + SchemaValidation.escape(field.getKey()), visitor);
      }
    });
  }

  private static JsonNode tree(String yaml) {
    try {
      return SchemaValidation.YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
