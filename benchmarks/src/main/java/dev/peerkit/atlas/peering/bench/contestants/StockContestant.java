package dev.peerkit.atlas.peering.bench.contestants;

import dev.peerkit.atlas.peering.bench.Fixtures;
import dev.peerkit.atlas.peering.bench.stock.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.bench.stock.invoker.ApiClient;
import dev.peerkit.atlas.peering.bench.stock.model.PeeringConnectionUpdate;
import feign.FeignException;

/**
 * Contestant 4: the stock openapi-generator java/feign client (default options and templates,
 * generated into {@code target/generated-sources/stock}) with its generated {@link ApiClient}
 * wiring: feign-okhttp, FormEncoder(JacksonEncoder), ApiResponseDecoder, ApiErrorDecoder, and the
 * spec's {@code ServiceAccounts} OAuth interceptor with the bearer token set up front.
 *
 * <p>The body is the one class the stock generator makes of the oneOf ({@code
 * PeeringConnectionUpdate} holds every provider's fields) with the AWS fields set. Its {@code
 * providerName} enum was merged too and holds only {@code GCP}, so {@code AWS} cannot even be set;
 * Jackson writes the class name as the type id instead (see RESULTS.md for the bytes it sends).
 */
public final class StockContestant implements Contestant {

  private final NetworkPeeringApi api;
  private final PeeringConnectionUpdate body = stockBody();

  StockContestant(String baseUrl) {
    ApiClient client = new ApiClient("ServiceAccounts");
    client.setBasePath(baseUrl);
    // The token URL is baked in from the spec (https://cloud.mongodb.com/api/oauth/token), so the
    // stock client cannot fetch from the bench server; hand it the token, as "already cached".
    client.setAccessToken(Fixtures.TOKEN, (int) Fixtures.TOKEN_SECONDS);
    this.api = client.buildClient(NetworkPeeringApi.class);
  }

  /** @return the AWS update in the stock model */
  public static PeeringConnectionUpdate stockBody() {
    return new PeeringConnectionUpdate()
        .containerId("32b6e34b3d91647abb20e7b8")
        .accepterRegionName("us-east-1")
        .awsAccountId("123456789012")
        .routeTableCidrBlock("10.15.0.0/24")
        .vpcId("vpc-0a1b2c3d4e5f60718");
  }

  @Override
  public Object call() { // the stock model names the 200 answer UpdatePeeringConnectionAnswer since the envelope shapes
    return api.updatePeeringConnection(Fixtures.GROUP_ID, Fixtures.PEER_ID, body, null, null);
  }

  /**
   * The stock decoder cannot read any peering connection ({@code AwsPeeringConnection} is "not
   * subtype of" the merged {@code PeeringConnection}), so every call ends in a {@link
   * FeignException} after the full exchange. The benchmarks time it to that point.
   */
  @Override
  public Object timedCall() {
    try {
      return call();
    } catch (FeignException e) {
      if (e.status() == 200 && String.valueOf(e.getMessage()).contains("not subtype of")) {
        return e;
      }
      throw e;
    }
  }
}
