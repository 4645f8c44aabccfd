package dev.peerkit.atlas.peering.bench.contestants;

import dev.peerkit.atlas.peering.bench.Fixtures;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;

/** Contestants 1 and 2: the SDK as the README shows it, one shared client. */
public final class SdkContestant implements Contestant {

  private final AtlasPeeringClient client;
  private final PeeringConnectionUpdate body = Fixtures.aws();

  private SdkContestant(AtlasPeeringClient client) {
    this.client = client;
  }

  /** @param baseUrl the bench server @return the SDK with a service account (bearer token, cached after the first call) */
  public static SdkContestant bearer(String baseUrl) {
    return new SdkContestant(AtlasPeeringClient.builder().baseUrl(baseUrl)
        .serviceAccount(Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET).build());
  }

  /** @param baseUrl the bench server @return the SDK with an API key (HTTP Digest, preemptive after the first challenge) */
  public static SdkContestant digest(String baseUrl) {
    return new SdkContestant(AtlasPeeringClient.builder().baseUrl(baseUrl)
        .apiKey(Fixtures.PUBLIC_KEY, Fixtures.PRIVATE_KEY).build());
  }

  @Override
  public PeeringConnection call() {
    return client.updatePeeringConnection(Fixtures.GROUP_ID, Fixtures.PEER_ID, body);
  }

  /** @return the client */
  public AtlasPeeringClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
  }
}
