package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.spec.SpecFixtures;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SpecValidationTest {

  @RegisterExtension static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  @Test
  void aVpcIdThatBreaksThePatternIsAValidationErrorNamingVpcId() {
    HttpResponse<String> response = patchAws(SeedData.GROUP_ID, Bodies.awsWithVpc("vpc-123"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode error = Http.json(response);
    assertThat(error.get("error").asInt()).isEqualTo(400);
    assertThat(error.get("errorCode").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(error.get("reason").asText()).isEqualTo("Bad Request");
    assertThat(error.get("detail").asText()).contains("vpcId");
    JsonNode fields = error.at("/badRequestDetail/fields");
    assertThat(fields).hasSize(1);
    assertThat(fields.get(0).get("field").asText()).isEqualTo("vpcId");
    assertThat(fields.get(0).get("description").asText())
        .isEqualTo("must match \"^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$\"");
  }

  @Test
  void aLegacyEightHexVpcIdIsAccepted() {
    HttpResponse<String> response = patchAws(SeedData.GROUP_ID, Bodies.awsWithVpc("vpc-1a2b3c4d"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).get("vpcId").asText()).isEqualTo("vpc-1a2b3c4d");
  }

  @Test
  void aReadOnlyFieldInTheBodyIsRejectedByName() {
    String body = Bodies.AWS.replace("{", "{\"statusName\":\"AVAILABLE\",");

    assertThat(fieldsOf(patchAws(SeedData.GROUP_ID, body))).containsExactly("statusName");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    String body = SpecFixtures.request("AWS").without("containerId").toString();

    assertThat(fieldsOf(patchAws(SeedData.GROUP_ID, body))).containsExactly("containerId");
  }

  @Test
  void aMalformedGroupIdIsNamedAsTheParameter() {
    assertThat(fieldsOf(patchAws("not-a-group", Bodies.AWS))).containsExactly("groupId");
  }

  @Test
  void aNonBooleanFlagIsNamedAsTheParameter() {
    String url = Http.peerUrl(ATLAS.simulator(), SeedData.GROUP_ID, SeedData.AWS_PEER_ID);
    HttpResponse<String> response =
        Http.send(Http.authorizedPatch(ATLAS.simulator(), url + "?pretty=yes", Bodies.AWS));

    assertThat(fieldsOf(response)).containsExactly("pretty");
  }

  @Test
  void bodyThatIsNotJsonIsAValidationError() {
    assertThat(fieldsOf(patchAws(SeedData.GROUP_ID, "{not json"))).containsExactly("body");
  }

  private static HttpResponse<String> patchAws(String groupId, String body) {
    String url = Http.peerUrl(ATLAS.simulator(), groupId, SeedData.AWS_PEER_ID);
    return Http.send(Http.authorizedPatch(ATLAS.simulator(), url, body));
  }

  private static List<String> fieldsOf(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    Http.json(response)
        .at("/badRequestDetail/fields")
        .forEach(f -> fields.add(f.get("field").asText()));
    return fields;
  }
}
