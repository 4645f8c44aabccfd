package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter with an API key (HTTP Digest, computed by the capability's own HttpClient 5 client). */
class DigestStarterTest extends AbstractStarterTest {

  @DynamicPropertySource
  static void atlas(DynamicPropertyRegistry registry) {
    registry.add("atlas.peering.base-url", ATLAS::baseUrl);
    registry.add("other-service.url", OtherServiceStub::url);
    registry.add("atlas.peering.api-key.public-key", () -> ATLAS.demoCredentials().apiPublicKey());
    registry.add("atlas.peering.api-key.private-key", () -> ATLAS.demoCredentials().apiPrivateKey());
  }

  @Test
  void noTokenIsFetchedWithApiKeys() {
    feignClient.updatePeeringConnection(dev.peerkit.atlas.peering.simulator.SeedData.GROUP_ID,
        dev.peerkit.atlas.peering.simulator.SeedData.AWS_PEER_ID, awsUpdate("10.22.0.0/24"), null, null);

    assertThat(ATLAS.tokenRequestCount()).isZero();
    assertThat(meters.find("atlas.peering.token.fetches").counters()).isEmpty();
  }
}
