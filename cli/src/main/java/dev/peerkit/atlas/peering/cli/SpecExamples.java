package dev.peerkit.atlas.peering.cli;

import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The request examples of the OpenAPI document (AWS, AZURE, GCP), as typed request bodies. */
final class SpecExamples {

  /** @param provider AWS, AZURE or GCP */
  PeeringConnectionUpdate request(String provider) {
    try {
      return AtlasObjectMapper.create().treeToValue(AtlasPeeringSpec.requestExample(provider),
          PeeringConnectionUpdate.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The spec's " + provider + " request example is not a valid body", e);
    }
  }
}
