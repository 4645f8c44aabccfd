package dev.peerkit.atlas.peering.client.generated;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.client.Fixtures;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;

/**
 * The spec's request and response examples, and request bodies built with the example values the
 * way SDK users build them: through the fluent setters, never calling {@code providerName(...)}.
 */
final class SpecExamples {

  static final String GROUP_ID = "32b6e34b3d91647abb20e7b8";
  static final String PEER_ID = "5e57a0e35c6d2b1a2c3d4e5f";

  /** Response-only properties, which must never be part of a request body. */
  static final String[] READ_ONLY = {
      "id", "connectionId", "statusName", "errorStateName", "status", "errorState", "errorMessage"};

  private SpecExamples() {}

  /** The spec's {@code requestBody} example for the provider (AWS, AZURE or GCP), as JSON. */
  static ObjectNode request(String provider) {
    return SpecDocument.get().flatObject("paths", SpecDocument.OPERATION_PATH, "patch", "requestBody", "content",
        SpecDocument.MEDIA_TYPE, "examples", provider, "value");
  }

  /** The spec's 200 response example for the provider (AWS, AZURE or GCP), as JSON. */
  static ObjectNode response(String provider) {
    return SpecDocument.get().flatObject("paths", SpecDocument.OPERATION_PATH, "patch", "responses", "200", "content",
        SpecDocument.MEDIA_TYPE, "examples", provider, "value");
  }

  /** A request body built with the spec example's values for the provider. */
  static PeeringConnectionUpdate body(String provider) {
    return switch (provider) {
      case "AWS" -> aws();
      case "AZURE" -> azure();
      case "GCP" -> gcp();
      default -> throw new IllegalArgumentException(provider);
    };
  }

  static AwsPeeringConnectionUpdate aws() {
    return Fixtures.aws();
  }

  static AzurePeeringConnectionUpdate azure() {
    return Fixtures.azure();
  }

  static GcpPeeringConnectionUpdate gcp() {
    return Fixtures.gcp();
  }

  /** A body with only the required containerId set (providerName is derived from the class). */
  static PeeringConnectionUpdate containerIdOnly(String provider) {
    return switch (provider) {
      case "AWS" -> new AwsPeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7b8");
      case "AZURE" -> new AzurePeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7b9");
      case "GCP" -> new GcpPeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7ba");
      default -> throw new IllegalArgumentException(provider);
    };
  }
}
