package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The request examples of the OpenAPI document (AWS, AZURE, GCP), as typed request bodies. */
final class SpecExamples {

  private final JsonNode examples;

  SpecExamples() {
    try {
      JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(AtlasPeeringSpec.text());
      this.examples = spec.path("paths").path(AtlasPeeringSpec.PATH).path("patch").path("requestBody")
          .path("content").path("application/vnd.atlas.2025-03-12+json").path("examples");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the spec's request examples", e);
    }
  }

  /** @param provider AWS, AZURE or GCP */
  PeeringConnectionUpdate request(String provider) {
    try {
      return AtlasObjectMapper.create().treeToValue(examples.path(provider).path("value"),
          PeeringConnectionUpdate.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The spec's " + provider + " request example is not a valid body", e);
    }
  }
}
