package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.V4Interaction;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks pact interactions against the OpenAPI document of the spec module, with
 * swagger-request-validator (its Pact adapters {@link PactRequest} and {@link PactResponse}).
 *
 * <ul>
 *   <li>The API interactions: request (path, ids, query, {@code Content-Type}, {@code Accept},
 *       body with {@code additionalProperties: false} per provider) and response (status, media
 *       type, body, headers).
 *   <li>{@code envelope=true}: the document describes the envelope in the parameter's text only,
 *       so the check reads {@code {"status", "content"}} itself and validates {@code content} as
 *       the answer for {@code status}.
 *   <li>The token interaction: the document has no path for it, only the {@code ServiceAccounts}
 *       security scheme, so it is checked against that: the {@code tokenUrl}'s path, and an RFC
 *       6749 client-credentials exchange.
 * </ul>
 *
 * <p>Not checked: the {@code Authorization} scheme, which swagger-request-validator cannot check
 * for Digest or OAuth 2.0 (the pact pins its shape instead).
 */
final class SpecContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiInteractionValidator validator;
  private final String tokenPath;

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
    SecurityScheme serviceAccounts = api.getComponents().getSecuritySchemes().get("ServiceAccounts");
    this.tokenPath = URI.create(serviceAccounts.getFlows().getClientCredentials().getTokenUrl()).getPath();
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
    if (isTokenRequest(request)) {
      return TokenExchange.requestProblems(request);
    }
    return errors(validator.validateRequest(PactRequest.of(request)));
  }

  /**
   * @param request the pact request the response answers
   * @param response a pact response
   * @return what in it breaks the document
   */
  List<String> responseProblems(HttpRequest request, HttpResponse response) {
    if (isTokenRequest(request)) {
      return TokenExchange.responseProblems(response);
    }
    Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT));
    if (!isEnveloped(request)) {
      return errors(validator.validateResponse(request.getPath(), method, PactResponse.of(response)));
    }
    JsonNode envelope = readJson(response.getBody().valueAsString());
    List<String> problems = new ArrayList<>();
    if (!envelope.path("status").isInt() || !envelope.has("content") || envelope.size() != 2) {
      problems.add("an envelope=true answer must be {\"status\": <int>, \"content\": {...}}, was " + envelope);
      return problems;
    }
    SimpleResponse.Builder unwrapped = SimpleResponse.Builder.status(envelope.get("status").asInt())
        .withBody(envelope.get("content").toString());
    response.getHeaders().forEach(unwrapped::withHeader);
    problems.addAll(errors(validator.validateResponse(request.getPath(), method, unwrapped.build())));
    return problems;
  }

  private boolean isTokenRequest(HttpRequest request) {
    return request.getPath().equals(tokenPath);
  }

  private static boolean isEnveloped(HttpRequest request) {
    return request.getQuery().getOrDefault("envelope", List.of()).contains("true");
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
