package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter with a service account (OAuth 2.0 client credentials, bearer tokens). */
class ServiceAccountStarterTest extends AbstractStarterTest {

  @DynamicPropertySource
  static void atlas(DynamicPropertyRegistry registry) {
    registry.add("atlas.peering.base-url", ATLAS::baseUrl);
    registry.add("other-service.url", OtherServiceStub::url);
    registry.add("atlas.peering.service-account.client-id", () -> ATLAS.demoCredentials().clientId());
    registry.add("atlas.peering.service-account.client-secret", () -> ATLAS.demoCredentials().clientSecret());
  }

  @Test
  void tokenFetchesAreRecorded() {
    feignClient.updatePeeringConnection(dev.peerkit.atlas.peering.simulator.SeedData.GROUP_ID,
        dev.peerkit.atlas.peering.simulator.SeedData.AWS_PEER_ID, awsUpdate("10.21.0.0/24"), null, null);

    assertThat(meters.find("atlas.peering.token.fetches").tag("outcome", "SUCCESS").counter()).isNotNull();
    assertThat(meters.find("atlas.peering.token.fetches").tag("outcome", "SUCCESS").counter().count())
        .isGreaterThanOrEqualTo(1.0);
  }
}
