package dev.peerkit.atlas.peering.simulator.endpoint;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;
import dev.peerkit.atlas.peering.simulator.http.FieldViolation;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates requests against the OpenAPI document of the spec module ({@link AtlasPeeringSpec})
 * with swagger-request-validator. Thread-safe; one instance serves every simulator in the JVM.
 *
 * <p>Not checked here: security (Jetty authenticates before this runs) and the {@code Accept}
 * header (see {@link ApiVersion}). The body is validated as the document's {@link
 * #SPEC_MEDIA_TYPE} whatever version the request names (also {@code application/json}, the source
 * page's curl form), since a release date is served by a resource version the document declares.
 */
public final class SpecValidator {

  /** The request media type of the document's latest resource version, used for every validated body. */
  public static final String SPEC_MEDIA_TYPE = ApiVersions.mediaType(ApiVersions.latest());

  private static final Logger LOG = LoggerFactory.getLogger(SpecValidator.class);

  /** Loading takes about a second, so it starts early, off the caller's thread, and only once. */
  private static final class Shared {
    static final CompletableFuture<SpecValidator> INSTANCE = loadInBackground();
  }

  private final OpenApiInteractionValidator validator;

  private SpecValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /**
   * Returns the shared validator, starting to load it in a daemon thread on the first call.
   *
   * @return a future that completes with the validator, or exceptionally if the document cannot be
   *     loaded
   */
  public static CompletableFuture<SpecValidator> shared() {
    return Shared.INSTANCE;
  }

  /**
   * Validates one request to the endpoint.
   *
   * @param path the request path, e.g. {@code /api/atlas/v2/groups/{groupId}/peers/{peerId}}
   * @param query the query parameters
   * @param body the request body, empty if none was sent
   * @throws ApiException 400 {@code VALIDATION_ERROR} with {@code badRequestDetail.fields} naming
   *     each offending field or parameter
   */
  public void validate(String path, Fields query, String body) {
    SimpleRequest.Builder request =
        SimpleRequest.Builder.patch(path).withContentType(SPEC_MEDIA_TYPE);
    for (Fields.Field parameter : query) {
      request.withQueryParam(parameter.getName(), parameter.getValues());
    }
    if (!body.isEmpty()) {
      request.withBody(body);
    }
    ValidationReport report = validator.validateRequest(request.build());
    List<FieldViolation> violations = ViolationMapper.map(report);
    if (!violations.isEmpty()) {
      String detail =
          violations.stream()
              .map(v -> v.field() + " " + v.description())
              .collect(Collectors.joining("; ", "Invalid request: ", "."));
      throw new ApiException(ApiErrors.validation(detail, violations));
    }
  }

  private static CompletableFuture<SpecValidator> loadInBackground() {
    CompletableFuture<SpecValidator> future = new CompletableFuture<>();
    Thread loader =
        new Thread(
            () -> {
              try {
                future.complete(load());
              } catch (RuntimeException | Error e) {
                LOG.error("Cannot load the OpenAPI document {}", AtlasPeeringSpec.RESOURCE, e);
                future.completeExceptionally(e);
              }
            },
            "atlas-simulator-spec-loader");
    loader.setDaemon(true);
    loader.start();
    return future;
  }

  private static SpecValidator load() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false); // the validator's own defaults; it handles oneOf itself
    OpenAPI api =
        new OpenApiLoader()
            .loadApi(
                OpenApiInteractionValidator.SpecSource.inline(AtlasPeeringSpec.text()),
                List.of(),
                options);
    // Jetty authenticates; dropping the requirements also stops the validator logging, on every
    // request, that it cannot check oauth2. The level resolver below is a second guard.
    api.setSecurity(null);
    api.getPaths()
        .values()
        .forEach(path -> path.readOperations().forEach(op -> op.setSecurity(null)));
    LevelResolver levels =
        LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
            .build();
    SpecValidator loaded =
        new SpecValidator(
            OpenApiInteractionValidator.createFor(api).withLevelResolver(levels).build());
    loaded.warmUp();
    return loaded;
  }

  /** The first validation compiles the body schemas; do it here rather than on a request. */
  private void warmUp() {
    validator.validateRequest(
        SimpleRequest.Builder.patch(AtlasPeeringSpec.PATH)
            .withContentType(SPEC_MEDIA_TYPE)
            .withBody("{\"providerName\":\"AWS\"}")
            .build());
  }
}
