package dev.peerkit.atlas.peering.bench;

import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one request every contestant sends (the AWS update), the fixed answers, and the credentials. */
public final class Fixtures {

  private Fixtures() {}

  public static final String GROUP_ID = AtlasPeeringSpec.parameterExample("groupId");
  public static final String PEER_ID = AtlasPeeringSpec.parameterExample("peerId");
  public static final String PATH = "/api/atlas/v2/groups/" + GROUP_ID + "/peers/" + PEER_ID;
  /** The operation's latest resource version, as the spec declares it. */
  public static final String MEDIA_TYPE = ApiVersions.mediaType(ApiVersions.latest());

  /** Service account the server's token endpoint accepts, and the one token it hands out. */
  public static final String CLIENT_ID = "mdb_sa_id_bench";
  public static final String CLIENT_SECRET = "mdb_sa_sk_bench";
  public static final String TOKEN = "bench-access-token-0123456789abcdef";
  public static final long TOKEN_SECONDS = 3600;

  /** API key pair (HTTP Digest) the server accepts. */
  public static final String PUBLIC_KEY = "benchpub";
  public static final String PRIVATE_KEY = "11111111-2222-3333-4444-555555555555";
  public static final String REALM = "MMS Public API";

  /** The AWS update as the SDK writes it (and the raw baseline, curl and HttpClient 5 send it). */
  public static final String AWS_BODY_JSON = "{\"providerName\":\"AWS\",\"containerId\":\"32b6e34b3d91647abb20e7b8\","
      + "\"accepterRegionName\":\"us-east-1\",\"awsAccountId\":\"123456789012\","
      + "\"routeTableCidrBlock\":\"10.15.0.0/24\",\"vpcId\":\"vpc-0a1b2c3d4e5f60718\"}";

  /** The fixed, valid answer to the AWS update. */
  public static final String AWS_RESPONSE = "{\"containerId\":\"32b6e34b3d91647abb20e7b8\","
      + "\"id\":\"5e57a0e35c6d2b1a2c3d4e5f\",\"providerName\":\"AWS\",\"accepterRegionName\":\"us-east-1\","
      + "\"awsAccountId\":\"123456789012\",\"connectionId\":\"pcx-0a1b2c3d4e5f60718\","
      + "\"errorStateName\":null,\"routeTableCidrBlock\":\"10.15.0.0/24\",\"statusName\":\"PENDING_ACCEPTANCE\","
      + "\"vpcId\":\"vpc-0a1b2c3d4e5f60718\"}";
  public static final String AZURE_RESPONSE = "{\"containerId\":\"32b6e34b3d91647abb20e7b9\","
      + "\"id\":\"5e57a0e35c6d2b1a2c3d4e60\",\"providerName\":\"AZURE\","
      + "\"azureDirectoryId\":\"4d5e6f70-8192-4a3b-9c4d-5e6f708192a3\","
      + "\"azureSubscriptionId\":\"9a8b7c6d-5e4f-4321-8765-43210fedcba9\",\"errorState\":null,"
      + "\"resourceGroupName\":\"atlas-peering-rg\",\"status\":\"ADDING_PEER\",\"vnetName\":\"app-vnet-eastus2\"}";
  public static final String GCP_RESPONSE = "{\"containerId\":\"32b6e34b3d91647abb20e7ba\","
      + "\"id\":\"5e57a0e35c6d2b1a2c3d4e61\",\"providerName\":\"GCP\",\"errorMessage\":null,"
      + "\"gcpProjectId\":\"my-gcp-project-42\",\"networkName\":\"app-network\",\"status\":\"ADDING_PEER\"}";

  /** @return the SDK's typed AWS update */
  public static AwsPeeringConnectionUpdate aws() {
    return new AwsPeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7b8")
        .accepterRegionName("us-east-1")
        .awsAccountId("123456789012")
        .routeTableCidrBlock("10.15.0.0/24")
        .vpcId("vpc-0a1b2c3d4e5f60718");
  }

  /** @return the SDK's typed AZURE update */
  public static AzurePeeringConnectionUpdate azure() {
    return new AzurePeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7b9")
        .azureDirectoryId("4d5e6f70-8192-4a3b-9c4d-5e6f708192a3")
        .azureSubscriptionId("9a8b7c6d-5e4f-4321-8765-43210fedcba9")
        .resourceGroupName("atlas-peering-rg")
        .vnetName("app-vnet-eastus2");
  }

  /** @return the SDK's typed GCP update */
  public static GcpPeeringConnectionUpdate gcp() {
    return new GcpPeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7ba")
        .gcpProjectId("my-gcp-project-42")
        .networkName("app-network");
  }

  /** @return the typed update of one provider */
  public static PeeringConnectionUpdate typed(String provider) {
    return switch (provider) {
      case "AWS" -> aws();
      case "AZURE" -> azure();
      case "GCP" -> gcp();
      default -> throw new IllegalArgumentException(provider);
    };
  }

  /** @return the same update as a plain map, in the order the SDK writes it (what the raw baseline sends) */
  public static Map<String, Object> map(String provider) {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (provider) {
      case "AWS" -> {
        m.put("providerName", "AWS");
        m.put("containerId", "32b6e34b3d91647abb20e7b8");
        m.put("accepterRegionName", "us-east-1");
        m.put("awsAccountId", "123456789012");
        m.put("routeTableCidrBlock", "10.15.0.0/24");
        m.put("vpcId", "vpc-0a1b2c3d4e5f60718");
      }
      case "AZURE" -> {
        m.put("providerName", "AZURE");
        m.put("containerId", "32b6e34b3d91647abb20e7b9");
        m.put("azureDirectoryId", "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3");
        m.put("azureSubscriptionId", "9a8b7c6d-5e4f-4321-8765-43210fedcba9");
        m.put("resourceGroupName", "atlas-peering-rg");
        m.put("vnetName", "app-vnet-eastus2");
      }
      case "GCP" -> {
        m.put("providerName", "GCP");
        m.put("containerId", "32b6e34b3d91647abb20e7ba");
        m.put("gcpProjectId", "my-gcp-project-42");
        m.put("networkName", "app-network");
      }
      default -> throw new IllegalArgumentException(provider);
    }
    return m;
  }

  /** @return the fixed answer of one provider */
  public static String response(String provider) {
    return switch (provider) {
      case "AWS" -> AWS_RESPONSE;
      case "AZURE" -> AZURE_RESPONSE;
      case "GCP" -> GCP_RESPONSE;
      default -> throw new IllegalArgumentException(provider);
    };
  }
}
