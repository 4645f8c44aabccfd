package dev.peerkit.atlas.peering.examples;

import dev.peerkit.atlas.peering.client.AtlasDeadline;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitWaitException;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import java.time.Duration;

/** A call bounded by a caller's deadline, with a client built with {@code adaptiveRateLimiting(true)}. */
public final class RateLimitExample {

  private RateLimitExample() {}

  /**
   * @param client a client with the adaptive rate limiter on
   * @param groupId the project
   * @param peerId the peering connection
   * @param update the change
   * @return {@code "updated"}, or how long the bucket would have made the call wait
   */
  static String updateWithinFiveSeconds(AtlasPeeringClient client, String groupId, String peerId,
      AwsPeeringConnectionUpdate update) {
    try {
      // README:start rate-limit-deadline
      PeeringConnection updated = AtlasDeadline.within(Duration.ofSeconds(5),
          () -> client.updatePeeringConnection(groupId, peerId, update));
      // AtlasRateLimitWaitException (nothing sent) if the bucket has no token within 5 s:
      // requiredWait() says how long it would have taken.
      // README:end
      return updated == null ? "no answer" : "updated";
    } catch (AtlasRateLimitWaitException e) {
      return "would have waited " + e.requiredWait().toSeconds() + " s";
    }
  }
}
