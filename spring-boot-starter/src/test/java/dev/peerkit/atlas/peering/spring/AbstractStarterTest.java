package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnectionUpdate;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter in a real Spring Boot context, calling the simulator on 127.0.0.1 through a
 * {@code @FeignClient} on the generated API and through the {@link AtlasPeeringClient} bean. The
 * subclasses choose the credentials (service account, Digest).
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {"atlas.peering.retry.initial-backoff=10ms"})
abstract class AbstractStarterTest {

  /** One simulator for the test JVM: cached contexts revoke their tokens against it at shutdown. */
  static final AtlasSimulator ATLAS = TestAtlas.SIMULATOR;

  @Autowired StarterTestApplication.AtlasPeeringApi feignClient;
  @Autowired StarterTestApplication.OtherService otherService;
  @Autowired AtlasPeeringClient client;
  @Autowired MeterRegistry meters;

  @BeforeEach
  void resetSimulator() {
    ATLAS.reset();
  }

  static AwsPeeringConnectionUpdate awsUpdate(String cidr) {
    return new AwsPeeringConnectionUpdate().containerId(SeedData.AWS_CONTAINER_ID)
        .accepterRegionName("us-east-1").awsAccountId("123456789012")
        .routeTableCidrBlock(cidr).vpcId("vpc-0a1b2c3d4e5f60718");
  }

  @Test
  void feignClientOnTheGeneratedApiUpdatesAPeer() {
    PeeringConnection updated = feignClient.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        awsUpdate("10.15.0.0/24"), null, null);

    assertThat(updated).isInstanceOfSatisfying(AwsPeeringConnection.class, aws -> {
      assertThat(aws.getRouteTableCidrBlock()).isEqualTo("10.15.0.0/24");
      assertThat(aws.getStatusName()).isNotNull();
    });
  }

  @Test
  void clientBeanUpdatesAPeerWithTheEnvelope() {
    PeeringConnection updated = feignClient.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        awsUpdate("10.16.0.0/24"), true, null);
    assertThat(((AwsPeeringConnection) updated).getRouteTableCidrBlock()).isEqualTo("10.16.0.0/24");

    PeeringConnection again = client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        awsUpdate("10.17.0.0/24"));
    assertThat(((AwsPeeringConnection) again).getRouteTableCidrBlock()).isEqualTo("10.17.0.0/24");
  }

  @Test
  void anotherServicesSpringMvcFeignClientIsUntouched() {
    feignClient.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, awsUpdate("10.25.0.0/24"), null, null);

    assertThat(otherService.hello()).isEqualTo("authorization=none");
  }

  @Test
  void errorsAreTypedOnBothPaths() {
    String unknownPeer = "5e57a0e35c6d2b1a2c3d4eff";
    assertThatThrownBy(() -> feignClient.updatePeeringConnection(SeedData.GROUP_ID, unknownPeer,
        awsUpdate("10.15.0.0/24"), null, null))
        .isInstanceOfSatisfying(AtlasNotFoundException.class,
            e -> assertThat(e.errorCode()).isNotBlank());
    assertThatThrownBy(() -> client.updatePeeringConnection(SeedData.GROUP_ID, unknownPeer, awsUpdate("10.15.0.0/24")))
        .isInstanceOf(AtlasNotFoundException.class);
    // Client-side validation of the generated interface runs in the @FeignClient too: nothing is sent.
    int before = ATLAS.tokenRequestCount();
    assertThatThrownBy(() -> feignClient.updatePeeringConnection("not-a-project-id", SeedData.AWS_PEER_ID,
        awsUpdate("10.15.0.0/24"), null, null))
        .isInstanceOf(AtlasValidationException.class);
    assertThat(ATLAS.tokenRequestCount()).isEqualTo(before);
  }

  @Test
  void anInjected429IsRetriedAndRecorded() {
    double limitedBefore = count("atlas.peering.rate.limited");
    double retriesBefore = meters.find("atlas.peering.retries").tag("reason", "429").counters().stream()
        .mapToDouble(c -> c.count()).sum();

    ATLAS.faults().rateLimited(1, Duration.ofSeconds(0));
    PeeringConnection viaFeign = feignClient.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        awsUpdate("10.18.0.0/24"), null, null);
    ATLAS.faults().rateLimited(1, Duration.ofSeconds(0));
    PeeringConnection viaBean = client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        awsUpdate("10.19.0.0/24"));

    assertThat(((AwsPeeringConnection) viaFeign).getRouteTableCidrBlock()).isEqualTo("10.18.0.0/24");
    assertThat(((AwsPeeringConnection) viaBean).getRouteTableCidrBlock()).isEqualTo("10.19.0.0/24");
    assertThat(count("atlas.peering.rate.limited") - limitedBefore).isEqualTo(2.0);
    assertThat(meters.find("atlas.peering.retries").tag("reason", "429").counters().stream()
        .mapToDouble(c -> c.count()).sum() - retriesBefore).isEqualTo(2.0);
    assertThat(meters.find("atlas.peering.requests").tag("method", "PATCH").tag("status", "200").timers())
        .isNotEmpty();
    // Tags name no ids, URLs or credentials.
    meters.getMeters().stream().filter(m -> m.getId().getName().startsWith("atlas.peering"))
        .flatMap(m -> m.getId().getTags().stream())
        .forEach(tag -> assertThat(tag.getValue()).doesNotContain(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, "/"));
  }

  @Test
  void retriesRunOutIntoTheTypedException() {
    ATLAS.faults().rateLimited(3, Duration.ofSeconds(0));
    assertThatThrownBy(() -> feignClient.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID,
        awsUpdate("10.20.0.0/24"), null, null))
        .isInstanceOf(AtlasRateLimitException.class);
  }

  double count(String name) {
    return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
  }
}
