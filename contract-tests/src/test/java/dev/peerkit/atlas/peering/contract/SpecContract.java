package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.V4Interaction;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks pact interactions against an OpenAPI document with swagger-request-validator (its Pact
 * adapters {@link PactRequest} and {@link PactResponse}): request (path, ids, query, media types,
 * body) and response (status, media type, body, headers). Every interaction goes through the same
 * check: the document describes the {@code envelope=true} answers and the OAuth token exchange.
 *
 * <p>Not checked: the {@code Authorization} scheme, which swagger-request-validator cannot check
 * for Digest or OAuth 2.0 (the pact pins its shape instead).
 */
final class SpecContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiInteractionValidator validator;

  private SpecContract(String specText) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    OpenAPI api = new OpenApiLoader().loadApi(
        OpenApiInteractionValidator.SpecSource.inline(specText), List.of(), options);
    this.validator = OpenApiInteractionValidator.createFor(api)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /** @return the checks against the spec module's document */
  static SpecContract ofSpecModule() {
    return of(AtlasPeeringSpec.text());
  }

  /**
   * @param specText an OpenAPI document
   * @return the checks against it
   */
  static SpecContract of(String specText) {
    return new SpecContract(specText);
  }

  /**
   * @param interaction an interaction of the pact
   * @return what breaks the document, request and response; empty if nothing
   */
  List<String> problems(V4Interaction.SynchronousHttp interaction) {
    List<String> problems = new ArrayList<>(requestProblems(interaction.getRequest()));
    problems.addAll(responseProblems(interaction.getRequest(), interaction.getResponse()));
    return problems;
  }

  /**
   * @param request a pact request
   * @return what in it breaks the document
   */
  List<String> requestProblems(HttpRequest request) {
    return errors(validator.validateRequest(PactRequest.of(request)));
  }

  /**
   * @param request the pact request the response answers
   * @param response a pact response
   * @return what in it breaks the document
   */
  List<String> responseProblems(HttpRequest request, HttpResponse response) {
    Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT));
    return errors(validator.validateResponse(request.getPath(), method, PactResponse.of(response)));
  }

  /**
   * The errors of a report, one line each, down to the nested messages that name the field. When
   * the discriminator picked a provider's schema, the {@code oneOf} message that lists every
   * provider's problems is left out: it would blame the other providers' shapes.
   */
  private static List<String> errors(ValidationReport report) {
    List<ValidationReport.Message> errors = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .toList();
    boolean discriminated = errors.stream().anyMatch(m -> m.getKey().endsWith(".schema.discriminator"));
    List<String> lines = new ArrayList<>();
    for (ValidationReport.Message message : errors) {
      if (!(discriminated && message.getKey().endsWith(".schema.oneOf"))) {
        collect(message, lines);
      }
    }
    return lines;
  }

  private static void collect(ValidationReport.Message message, List<String> into) {
    if (message.getNestedMessages().isEmpty()) {
      String pointer = message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
      into.add(message.getKey() + " " + pointer + ": " + message.getMessage().lines().findFirst().orElse(""));
    } else {
      message.getNestedMessages().forEach(nested -> collect(nested, into));
    }
  }

  static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
