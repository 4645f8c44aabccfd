package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exchanges around the operation that a contract of a service-account client holds: the
 * {@code envelope=true} answers, and the OAuth token and revoke endpoints. Each is described in
 * the document, so a contract checker needs no special case for them.
 */
class ContractExchangesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode DOC = SchemaValidation.document();
  private static final String ANSWER = "/components/schemas/UpdatePeeringConnectionAnswer";
  private static final String PEER =
      "{\"containerId\":\"32b6e34b3d91647abb20e7ba\",\"id\":\"5e57a0e35c6d2b1a2c3d4e61\",\"providerName\":\"GCP\","
          + "\"gcpProjectId\":\"my-gcp-project-42\",\"networkName\":\"app-network\",\"status\":\"ADDING_PEER\"}";
  private static final String ERROR = "{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\",\"detail\":\"gone\"}";

  @Test
  void the200AnswerIsThePeerOrAnEnvelope() {
    String pointer = "/paths/" + SchemaValidation.escape(AtlasPeeringSpec.PATH)
        + "/patch/responses/200/content/" + ApiVersions.mediaType(ApiVersions.latest()).replace("/", "~1")
        + "/schema/$ref";
    assertThat(DOC.at(pointer).asText()).isEqualTo("#" + ANSWER);

    assertThat(SchemaValidation.validate(ANSWER, json(PEER))).isEmpty();
    assertThat(SchemaValidation.validate(ANSWER, json("{\"status\":200,\"content\":" + PEER + "}"))).isEmpty();
    assertThat(SchemaValidation.validate(ANSWER, json("{\"status\":404,\"content\":" + ERROR + "}"))).isEmpty();
  }

  @Test
  void brokenEnvelopesAreRejected() {
    for (String broken : List.of(
        "{\"status\":200}",
        "{\"content\":" + PEER + "}",
        "{\"status\":\"200\",\"content\":" + PEER + "}",
        "{\"status\":200,\"content\":" + PEER + ",\"extra\":true}",
        "{\"status\":200,\"content\":" + ERROR + "}",
        "{\"status\":404,\"content\":" + PEER + "}")) {
      assertThat(SchemaValidation.validate(ANSWER, json(broken))).as(broken).isNotEmpty();
    }
  }

  @Test
  void theTokenEndpointIsTheClientCredentialsGrantWithHttpBasic() {
    JsonNode token = DOC.at("/paths/~1api~1oauth~1token/post");
    String tokenUrl = DOC.at("/components/securitySchemes/ServiceAccounts/flows/clientCredentials/tokenUrl").asText();

    assertThat(URI.create(tokenUrl).getPath()).isEqualTo("/api/oauth/token");
    assertThat(token.at("/security/0").fieldNames().next()).isEqualTo("ServiceAccountClientSecret");
    assertThat(DOC.at("/components/securitySchemes/ServiceAccountClientSecret/scheme").asText()).isEqualTo("basic");
    assertThat(token.at("/requestBody/content").has("application/x-www-form-urlencoded")).isTrue();
    assertThat(SchemaValidation.validate("/components/schemas/ClientCredentialsGrant",
        json("{\"grant_type\":\"client_credentials\"}"))).isEmpty();
    assertThat(SchemaValidation.validate("/components/schemas/ClientCredentialsGrant",
        json("{\"grant_type\":\"password\"}"))).isNotEmpty();
    assertThat(SchemaValidation.validate("/components/schemas/AccessToken",
        json("{\"access_token\":\"abc.def\",\"token_type\":\"Bearer\",\"expires_in\":3600}"))).isEmpty();
    assertThat(SchemaValidation.validate("/components/schemas/AccessToken",
        json("{\"token_type\":\"Bearer\",\"expires_in\":3600}"))).isNotEmpty();
  }

  @Test
  void theRevokeEndpointTakesTheTokenInAForm() {
    JsonNode revoke = DOC.at("/paths/~1api~1oauth~1revoke/post");

    assertThat(revoke.at("/security/0").fieldNames().next()).isEqualTo("ServiceAccountClientSecret");
    assertThat(SchemaValidation.validate("/components/schemas/TokenRevocation",
        json("{\"token\":\"abc\",\"token_type_hint\":\"access_token\"}"))).isEmpty();
    assertThat(SchemaValidation.validate("/components/schemas/TokenRevocation", json("{}"))).isNotEmpty();
    assertThat(revoke.at("/responses").has("200")).isTrue();
    assertThat(revoke.at("/responses/401/$ref").asText()).endsWith("/oauthUnauthorized");
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
