package dev.peerkit.atlas.peering.client.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Response bodies, read the way the SDK reads them: {@code AtlasObjectMapper.create()} into the
 * declared return type {@link PeeringConnection}. The inputs are the spec's own 200 examples.
 */
class GeneratedModelDeserializationTest {

  private static final Map<String, Class<? extends PeeringConnection>> CLASSES = Map.of(
      "AWS", AwsPeeringConnection.class,
      "AZURE", AzurePeeringConnection.class,
      "GCP", GcpPeeringConnection.class);

  private final ObjectMapper mapper = AtlasObjectMapper.create();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void eachSpecExampleLandsInItsOwnClassAndRoundTrips(String provider) throws Exception {
    ObjectNode example = SpecExamples.response(provider);

    PeeringConnection read = read(example);

    assertThat(read).isExactlyInstanceOf(CLASSES.get(provider));
    JsonNode writtenBack = mapper.valueToTree(read);
    assertThat(writtenBack).isEqualTo(example);
  }

  @Test
  void awsExampleFields() throws Exception {
    AwsPeeringConnection aws = (AwsPeeringConnection) read(SpecExamples.response("AWS"));

    assertThat(aws.getContainerId()).isEqualTo("32b6e34b3d91647abb20e7b8");
    assertThat(aws.getId()).isEqualTo("5e57a0e35c6d2b1a2c3d4e5f");
    assertThat(aws.getProviderName()).isEqualTo(AwsPeeringConnection.ProviderNameEnum.AWS);
    assertThat(aws.getAccepterRegionName()).isEqualTo("us-east-1");
    assertThat(aws.getAwsAccountId()).isEqualTo("123456789012");
    assertThat(aws.getConnectionId()).isEqualTo("pcx-0a1b2c3d4e5f60718");
    assertThat(aws.getRouteTableCidrBlock()).isEqualTo("10.15.0.0/24");
    assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.PENDING_ACCEPTANCE);
    assertThat(aws.getErrorStateName()).isNull();
    assertThat(aws.getVpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718");
  }

  @Test
  void azureExampleFields() throws Exception {
    AzurePeeringConnection azure = (AzurePeeringConnection) read(SpecExamples.response("AZURE"));

    assertThat(azure.getContainerId()).isEqualTo("32b6e34b3d91647abb20e7b9");
    assertThat(azure.getId()).isEqualTo("5e57a0e35c6d2b1a2c3d4e60");
    assertThat(azure.getProviderName()).isEqualTo(AzurePeeringConnection.ProviderNameEnum.AZURE);
    assertThat(azure.getAzureDirectoryId()).isEqualTo("4d5e6f70-8192-4a3b-9c4d-5e6f708192a3");
    assertThat(azure.getAzureSubscriptionId()).isEqualTo("9a8b7c6d-5e4f-4321-8765-43210fedcba9");
    assertThat(azure.getResourceGroupName()).isEqualTo("atlas-peering-rg");
    assertThat(azure.getStatus()).isEqualTo(AzurePeeringConnection.StatusEnum.ADDING_PEER);
    assertThat(azure.getErrorState()).isNull();
    assertThat(azure.getVnetName()).isEqualTo("app-vnet-eastus2");
  }

  @Test
  void gcpExampleFields() throws Exception {
    GcpPeeringConnection gcp = (GcpPeeringConnection) read(SpecExamples.response("GCP"));

    assertThat(gcp.getContainerId()).isEqualTo("32b6e34b3d91647abb20e7ba");
    assertThat(gcp.getId()).isEqualTo("5e57a0e35c6d2b1a2c3d4e61");
    assertThat(gcp.getProviderName()).isEqualTo(GcpPeeringConnection.ProviderNameEnum.GCP);
    assertThat(gcp.getGcpProjectId()).isEqualTo("my-gcp-project-42");
    assertThat(gcp.getNetworkName()).isEqualTo("app-network");
    assertThat(gcp.getStatus()).isEqualTo(GcpPeeringConnection.StatusEnum.ADDING_PEER);
    assertThat(gcp.getErrorMessage()).isNull();
  }

  @Test
  void responseOnlyErrorFieldsAreRead() throws Exception {
    ObjectNode azureJson = SpecExamples.response("AZURE").put("status", "FAILED")
        .put("errorState", "Peering failed because the address space overlaps.");
    ObjectNode gcpJson = SpecExamples.response("GCP").put("status", "FAILED")
        .put("errorMessage", "The VPC network was not found in the Google Cloud project.");
    ObjectNode awsJson = SpecExamples.response("AWS").put("statusName", "FAILED").put("errorStateName", "REJECTED");

    AzurePeeringConnection azure = (AzurePeeringConnection) read(azureJson);
    GcpPeeringConnection gcp = (GcpPeeringConnection) read(gcpJson);
    AwsPeeringConnection aws = (AwsPeeringConnection) read(awsJson);

    assertThat(azure.getStatus()).isEqualTo(AzurePeeringConnection.StatusEnum.FAILED);
    assertThat(azure.getErrorState()).isEqualTo("Peering failed because the address space overlaps.");
    assertThat(gcp.getStatus()).isEqualTo(GcpPeeringConnection.StatusEnum.FAILED);
    assertThat(gcp.getErrorMessage()).isEqualTo("The VPC network was not found in the Google Cloud project.");
    assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.FAILED);
    assertThat(aws.getErrorStateName()).isEqualTo(AwsPeeringConnection.ErrorStateNameEnum.REJECTED);
  }

  @Test
  void missingProviderNameIsReadAsAws() throws Exception {
    ObjectNode json = SpecExamples.response("AWS");
    json.remove("providerName");

    PeeringConnection read = read(json);

    assertThat(read).isExactlyInstanceOf(AwsPeeringConnection.class);
    AwsPeeringConnection aws = (AwsPeeringConnection) read;
    assertThat(aws.getVpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718");
    assertThat(aws.getConnectionId()).isEqualTo("pcx-0a1b2c3d4e5f60718");
    assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.PENDING_ACCEPTANCE);
  }

  @Test
  void aPlainObjectMapperAlsoReadsAResponseWithoutProviderName() throws Exception {
    // The generated interface carries the provider deduction itself (issue 12).
    ObjectNode json = SpecExamples.response("AWS");
    json.remove("providerName");
    ObjectMapper plain = new ObjectMapper().registerModule(new org.openapitools.jackson.nullable.JsonNullableModule());

    assertThat(plain.readValue(json.toString(), PeeringConnection.class)).isExactlyInstanceOf(AwsPeeringConnection.class);
  }

  @Test
  void unknownProviderNameFailsNamingTheKnownValues() {
    ObjectNode json = SpecExamples.response("AWS").put("providerName", "OCI");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("OCI")
        .hasMessageContaining("AWS")
        .hasMessageContaining("AZURE")
        .hasMessageContaining("GCP");
  }

  @Test
  void unknownEnumValuesDoNotLoseTheResponse() throws Exception {
    AwsPeeringConnection aws = (AwsPeeringConnection) read(SpecExamples.response("AWS")
        .put("statusName", "SOMETHING_NEW").put("errorStateName", "SOMETHING_ELSE"));
    AzurePeeringConnection azure = (AzurePeeringConnection) read(SpecExamples.response("AZURE")
        .put("status", "NEW_STATE"));
    GcpPeeringConnection gcp = (GcpPeeringConnection) read(SpecExamples.response("GCP")
        .put("status", "NEW_STATE"));

    assertThat(aws.getStatusName()).isEqualTo(AwsPeeringConnection.StatusNameEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(aws.getErrorStateName()).isEqualTo(AwsPeeringConnection.ErrorStateNameEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(aws.getVpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718");
    assertThat(azure.getStatus()).isEqualTo(AzurePeeringConnection.StatusEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(azure.getVnetName()).isEqualTo("app-vnet-eastus2");
    assertThat(gcp.getStatus()).isEqualTo(GcpPeeringConnection.StatusEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(gcp.getNetworkName()).isEqualTo("app-network");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AWS", "AZURE", "GCP"})
  void unknownFieldsAreIgnored(String provider) throws Exception {
    ObjectNode example = SpecExamples.response(provider);
    ObjectNode json = example.deepCopy();
    json.put("someFutureField", "x");
    json.putObject("someFutureObject").put("nested", true).putArray("list").add(1).add("two");

    PeeringConnection read = read(json);

    assertThat(read).isExactlyInstanceOf(CLASSES.get(provider));
    assertThat(read).isEqualTo(read(example));
    JsonNode writtenBack = mapper.valueToTree(read);
    assertThat(writtenBack).isEqualTo(example);
  }

  @Test
  void plainObjectMapperFailsOnUnknownFieldsWhichIsWhyTheSdkMapperMatters() {
    ObjectNode json = SpecExamples.response("GCP").put("someFutureField", "x");

    assertThatThrownBy(() -> new ObjectMapper().readValue(json.toString(), PeeringConnection.class))
        .hasMessageContaining("someFutureField");
  }

  private PeeringConnection read(JsonNode json) throws Exception {
    return mapper.readValue(json.toString(), PeeringConnection.class);
  }
}
