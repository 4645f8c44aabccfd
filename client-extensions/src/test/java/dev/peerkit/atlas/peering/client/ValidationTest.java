package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec's constraints are checked before any network I/O. */
class ValidationTest {

  private TestServer server;
  private AtlasPeeringClient client;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.plain();
    client = Fixtures.digestClient(server).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  @Test
  void invalidGroupIdNamesFieldValueAndPatternAndSendsNothing() {
    assertThatThrownBy(() -> client.updatePeeringConnection("not-a-group", TestServer.PEER_ID, Fixtures.aws()))
        .isInstanceOfSatisfying(AtlasValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("groupId", "not-a-group", "must match ^([a-f0-9]{24})$")))
        .hasMessageContaining("nothing was sent");
    assertThat(server.exchanges()).isEmpty();
  }

  @Test
  void badVpcIdIsRejected() {
    assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID,
        Fixtures.aws().vpcId("vpc-123")))
        .isInstanceOfSatisfying(AtlasValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("body.vpcId", "vpc-123", "must match ^vpc-(?:[0-9a-f]{8}|[0-9a-f]{17})$")));
    assertThat(server.exchanges()).isEmpty();
  }

  @Test
  void missingRequiredFieldAndSeveralProblemsAreAllReported() {
    assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, "ABC",
        Fixtures.gcp().containerId(null).gcpProjectId("1bad")))
        .isInstanceOfSatisfying(AtlasValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("body.containerId", "body.gcpProjectId", "peerId"))
        .hasMessageContaining("body.containerId is missing");
    assertThat(server.exchanges()).isEmpty();
  }

  @Test
  void missingBodyIsRejected() {
    assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, null))
        .isInstanceOf(AtlasValidationException.class).hasMessageContaining("body");
    assertThat(server.exchanges()).isEmpty();
  }

  @Test
  void ipv6CidrAndOtherValidValuesPass() {
    assertThat(client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID,
        Fixtures.aws().routeTableCidrBlock("2001:db8::/32"))).isNotNull();
    assertThat(server.exchanges()).hasSize(1);
  }
}
