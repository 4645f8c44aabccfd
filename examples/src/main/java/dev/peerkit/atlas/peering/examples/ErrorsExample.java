package dev.peerkit.atlas.peering.examples;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.FeignException;

/** The envelope and typed errors, with a client built elsewhere. */
public final class ErrorsExample {

  private ErrorsExample() {}

  /**
   * @param client the client
   * @return the updated GCP peer, through {@code envelope=true}
   */
  // README:start envelope
  static PeeringConnection updateWithEnvelope(AtlasPeeringClient client) {
    return client.updatePeeringConnection(UpdatePeeringConnectionRequest.of(
            "32b6e34b3d91647abb20e7b8", "5e57a0e35c6d2b1a2c3d4e61",
            new GcpPeeringConnectionUpdate()
                .containerId("32b6e34b3d91647abb20e7ba")
                .gcpProjectId("my-gcp-project-42")
                .networkName("app-network"))
        .withEnvelope(true)
        .withPretty(true));
  }
  // README:end

  /**
   * @param client the client
   * @param peerId a peer that may not exist
   * @return what happened, as one line
   */
  // README:start errors
  static String describeUpdate(AtlasPeeringClient client, String peerId) {
    try {
      client.updatePeeringConnection("32b6e34b3d91647abb20e7b8", peerId,
          new GcpPeeringConnectionUpdate().containerId("32b6e34b3d91647abb20e7ba").networkName("app-network"));
      return "updated";
    } catch (AtlasNotFoundException e) {
      return "no such peer: " + e.errorCode();            // RESOURCE_NOT_FOUND
    } catch (AtlasRateLimitException e) {
      return "retries used up; Retry-After " + e.retryAfter();
    } catch (FeignException e) {
      if (e instanceof AtlasApiError error) {
        return "Atlas answered " + error.httpStatus() + " " + error.errorCode();
      }
      throw e;                                             // not reached, timed out, unreadable
    }
  }
  // README:end
}
