package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document parses with no messages and has the shape the SDK is built on. */
class SpecParsesCleanlyTest {

  private static final String MEDIA_TYPE = ApiVersions.mediaType(ApiVersions.latest());
  private static final String ID_PATTERN = "^([a-f0-9]{24})$";
  private static final List<String> READ_ONLY = AtlasPeeringSpec.readOnlyFields();

  private static SwaggerParseResult result;
  private static OpenAPI api;
  private static Operation operation;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    result = new OpenAPIV3Parser().readContents(AtlasPeeringSpec.text(), null, options);
    api = result.getOpenAPI();
    operation = api.getPaths().get(AtlasPeeringSpec.PATH).getPatch();
  }

  @Test
  void swaggerParserReportsNoMessages() {
    assertThat(result.getMessages()).isEmpty();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void operationIsThePatchOfOnePeer() {
    assertThat(operation.getOperationId()).isEqualTo("updatePeeringConnection");
    assertThat(operation.getTags()).containsExactly("Network Peering");
    assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("https://cloud.mongodb.com"));
    assertThat(operation.getRequestBody().getRequired()).isTrue();
    assertThat(operation.getRequestBody().getContent()).containsOnlyKeys(MEDIA_TYPE);
    assertThat(operation.getResponses().get("200").getContent()).containsOnlyKeys(MEDIA_TYPE);
  }

  @Test
  void parametersArePatternedIdsAndBooleanFlags() {
    Map<String, Parameter> byName = new java.util.HashMap<>();
    for (Parameter p : operation.getParameters()) {
      Parameter resolved = p.get$ref() == null ? p
          : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
      byName.put(resolved.getName(), resolved);
    }
    assertThat(byName).containsOnlyKeys("groupId", "peerId", "envelope", "pretty");
    for (String id : List.of("groupId", "peerId")) {
      assertThat(byName.get(id).getIn()).isEqualTo("path");
      assertThat(byName.get(id).getSchema().getPattern()).isEqualTo(ID_PATTERN);
    }
    for (String flag : List.of("envelope", "pretty")) {
      assertThat(byName.get(flag).getIn()).isEqualTo("query");
      assertThat(byName.get(flag).getSchema().getType()).isEqualTo("boolean");
      assertThat(byName.get(flag).getSchema().getDefault()).isEqualTo(false);
    }
  }

  @Test
  void bodiesAreDiscriminatedOneOfsWithExplicitMappings() {
    for (String name : List.of("PeeringConnectionUpdate", "PeeringConnection")) {
      Schema<?> schema = api.getComponents().getSchemas().get(name);
      assertThat(schema.getOneOf()).hasSize(3);
      assertThat(schema.getDiscriminator().getPropertyName()).isEqualTo("providerName");
      assertThat(schema.getDiscriminator().getMapping()).containsOnlyKeys("AWS", "AZURE", "GCP");
    }
  }

  @Test
  void requestShapesCarryNoReadOnlyField() {
    for (String name : List.of("AwsPeeringConnectionUpdate", "AzurePeeringConnectionUpdate", "GcpPeeringConnectionUpdate")) {
      Schema<?> schema = api.getComponents().getSchemas().get(name);
      assertThat(schema.getProperties().keySet()).doesNotContainAnyElementsOf(READ_ONLY);
      assertThat(schema.getRequired()).contains("containerId", "providerName");
    }
    for (String name : List.of("AwsPeeringConnection", "AzurePeeringConnection", "GcpPeeringConnection")) {
      Map<String, Schema> props = api.getComponents().getSchemas().get(name).getProperties();
      props.forEach((field, schema) -> {
        if (READ_ONLY.contains(field)) {
          Schema<?> target = schema.get$ref() == null ? schema
              : api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
          assertThat(target.getReadOnly()).as(name + "." + field + " is readOnly").isTrue();
        }
      });
    }
  }

  @Test
  void statusEnumsAreAtlasValues() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    assertThat(enumOf(schemas, "AwsPeeringConnection", "statusName"))
        .containsExactly("INITIATING", "PENDING_ACCEPTANCE", "FAILED", "FINALIZING", "AVAILABLE", "TERMINATING");
    assertThat(enumOf(schemas, "AwsPeeringConnection", "errorStateName"))
        .containsExactly("REJECTED", "EXPIRED", "INVALID_ARGUMENT");
    assertThat(enumOf(schemas, "AzurePeeringConnection", "status"))
        .containsExactly("ADDING_PEER", "AVAILABLE", "FAILED", "DELETION_FAILED", "DELETING");
    assertThat(enumOf(schemas, "GcpPeeringConnection", "status"))
        .containsExactly("ADDING_PEER", "WAITING_FOR_USER", "AVAILABLE", "FAILED", "DELETING");
    assertThat(schemas.get("AccepterRegionName").getNullable()).isTrue();
  }

  @Test
  void errorsAreApiErrorsAndRateLimitDocumentsRetryAfter() {
    for (String code : List.of("400", "401", "403", "404", "409", "429", "500")) {
      var response = response(code);
      assertThat(response).as(code).isNotNull();
      assertThat(response.getContent()).containsOnlyKeys("application/json");
      assertThat(response.getContent().get("application/json").getSchema().get$ref()).endsWith("/ApiError");
    }
    assertThat(response("429").getHeaders()).containsKey("Retry-After");
    Schema<?> apiError = api.getComponents().getSchemas().get("ApiError");
    assertThat(apiError.getRequired()).containsExactlyInAnyOrder("error", "errorCode");
    assertThat(apiError.getProperties()).containsKeys("detail", "reason", "parameters", "badRequestDetail");
  }

  @Test
  void bothSecuritySchemesApplyToTheOperation() {
    Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
    assertThat(schemes.get("DigestAuth").getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(schemes.get("DigestAuth").getScheme()).isEqualTo("digest");
    assertThat(schemes.get("ServiceAccounts").getFlows().getClientCredentials().getTokenUrl())
        .isEqualTo("https://cloud.mongodb.com/api/oauth/token");
    assertThat(operation.getSecurity()).extracting(r -> r.keySet().iterator().next())
        .containsExactlyInAnyOrder("DigestAuth", "ServiceAccounts");
  }

  @Test
  void everyPatternIsAnchoredAtBothEnds() {
    List<String> patterns = new java.util.ArrayList<>();
    SchemaValidation.document().findValues("pattern").forEach(p -> { if (p.isTextual()) patterns.add(p.asText()); });
    assertThat(patterns).hasSizeGreaterThanOrEqualTo(10);
    assertThat(patterns).allSatisfy(p -> assertThat(p).startsWith("^").endsWith("$"));
  }

  private static io.swagger.v3.oas.models.responses.ApiResponse response(String code) {
    var response = operation.getResponses().get(code);
    if (response != null && response.get$ref() != null) {
      String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
      return api.getComponents().getResponses().get(name);
    }
    return response;
  }

  @SuppressWarnings("unchecked")
  private static List<String> enumOf(Map<String, Schema> schemas, String schema, String field) {
    return ((Schema<String>) schemas.get(schema).getProperties().get(field)).getEnum();
  }
}
