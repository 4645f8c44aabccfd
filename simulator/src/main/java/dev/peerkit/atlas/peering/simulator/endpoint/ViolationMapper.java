package dev.peerkit.atlas.peering.simulator.endpoint;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import dev.peerkit.atlas.peering.simulator.http.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns swagger-request-validator messages into {@code badRequestDetail.fields[]} entries named
 * after the offending field ({@code vpcId}) or parameter ({@code groupId}).
 *
 * <p>The body is a {@code oneOf} with a {@code providerName} discriminator. The validator reports
 * it twice: a {@code discriminator} message whose nested messages are the chosen provider's
 * problems, and a {@code oneOf} message listing every branch's problems. When the discriminator
 * picked a branch, only its messages are used; the others would blame the wrong provider.
 */
final class ViolationMapper {

  private static final String DISCRIMINATOR = "validation.request.body.schema.discriminator";
  private static final String ONE_OF = "validation.request.body.schema.oneOf";
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");
  private static final Pattern REGEX_MISMATCH =
      Pattern.compile("^ECMA 262 regex \"(.*)\" does not match input string .*$", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private ViolationMapper() {}

  static List<FieldViolation> map(ValidationReport report) {
    List<Message> errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .toList();
    boolean discriminated = errors.stream().anyMatch(m -> m.getKey().equals(DISCRIMINATOR));
    Set<FieldViolation> violations = new LinkedHashSet<>();
    for (Message message : errors) {
      if (!(discriminated && message.getKey().equals(ONE_OF))) {
        collect(message, violations);
      }
    }
    return new ArrayList<>(violations);
  }

  private static void collect(Message message, Set<FieldViolation> into) {
    if (message.getNestedMessages().isEmpty()) {
      into.addAll(violationsOf(message));
    } else {
      message.getNestedMessages().forEach(nested -> collect(nested, into));
    }
  }

  private static List<FieldViolation> violationsOf(Message message) {
    String key = message.getKey();
    String text = firstLine(PATH_PREFIX.matcher(message.getMessage()).replaceFirst(""));
    Optional<String> parameter =
        message.getContext().flatMap(c -> c.getParameter()).map(p -> p.getName());
    if (parameter.isPresent()) {
      return List.of(new FieldViolation(parameter.get(), describe(text)));
    }
    if (key.equals(DISCRIMINATOR)) {
      return List.of(new FieldViolation("providerName", text));
    }
    String prefix = instancePointer(message).map(p -> p.substring(1).replace('/', '.')).orElse("");
    if (key.endsWith(".required") || key.endsWith(".additionalProperties")) {
      String why = key.endsWith(".required") ? "is required" : "is not allowed in this request";
      return quotedNames(text).stream()
          .map(name -> new FieldViolation(prefix.isEmpty() ? name : prefix + "." + name, why))
          .toList();
    }
    return List.of(new FieldViolation(prefix.isEmpty() ? "body" : prefix, describe(text)));
  }

  /** The JSON pointer into the body, if the message has a non-root one. */
  private static Optional<String> instancePointer(Message message) {
    return message
        .getContext()
        .flatMap(c -> c.getPointers())
        .map(p -> p.getInstance())
        .filter(p -> p.length() > 1);
  }

  /** Pattern failures read like the spec's example: {@code must match "^vpc-[0-9a-f]{17}$"}. */
  private static String describe(String text) {
    Matcher regex = REGEX_MISMATCH.matcher(text);
    return regex.matches() ? "must match \"" + regex.group(1) + "\"" : text;
  }

  /** Names listed as {@code ["a","b"]} in required and additionalProperties messages. */
  private static List<String> quotedNames(String text) {
    int open = text.lastIndexOf('[');
    Matcher quoted = QUOTED.matcher(open < 0 ? text : text.substring(open));
    List<String> names = new ArrayList<>();
    while (quoted.find()) {
      names.add(quoted.group(1));
    }
    return names;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
