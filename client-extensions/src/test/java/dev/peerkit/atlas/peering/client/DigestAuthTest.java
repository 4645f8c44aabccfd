package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Exchange;
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP Digest (RFC 7616) through HttpClient 5, against Jetty's own DigestAuthenticator. */
class DigestAuthTest {

  @Test
  void md5WithQopAuthSucceeds() throws Exception {
    try (TestServer server = TestServer.digest(60_000);
        AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      var result = client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());

      assertThat(result).isInstanceOf(AwsPeeringConnection.class);
      List<Exchange> exchanges = server.exchanges();
      assertThat(exchanges).extracting(Exchange::status).containsExactly(401, 200);
      assertThat(exchanges.get(0).responseHeader("WWW-Authenticate")).startsWith("Digest").contains("qop=\"auth\"");
      String authorization = exchanges.get(1).header("Authorization");
      assertThat(authorization).startsWith("Digest ").contains("username=\"" + TestServer.PUBLIC_KEY + "\"")
          .contains("qop=auth").contains("nc=00000001").doesNotContain(TestServer.PRIVATE_KEY);
      assertThat(authorization).containsAnyOf("algorithm=MD5", "algorithm=\"MD5\"");
    }
  }

  @Test
  void wrongKeysFailWithTypedExceptionAfterAtMostTwoExchanges() throws Exception {
    try (TestServer server = TestServer.digest(60_000);
        AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
            .apiKey(TestServer.PUBLIC_KEY, "wrong-private-key").build()) {
      assertThatThrownBy(() -> client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws()))
          .isInstanceOf(AtlasUnauthorizedException.class)
          .hasMessageContaining("401")
          .hasMessageNotContaining("wrong-private-key");
      assertThat(server.exchanges()).hasSizeLessThanOrEqualTo(2).allMatch(e -> e.status() == 401);
    }
  }

  @Test
  void reusesTheNonceWithIncreasingNonceCount() throws Exception {
    try (TestServer server = TestServer.digest(60_000);
        AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      for (int i = 0; i < 20; i++) {
        client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      }
      List<Exchange> exchanges = server.exchanges();
      // One challenge, then every call answered preemptively: 21 exchanges for 20 calls.
      assertThat(exchanges).hasSize(21);
      assertThat(exchanges.subList(1, 21)).allMatch(e -> e.status() == 200);
      assertThat(exchanges.get(20).header("Authorization")).contains("nc=00000014");
    }
  }

  @Test
  void staleNonceReauthenticatesTransparentlyWithIdenticalBodyBytes() throws Exception {
    try (TestServer server = TestServer.digest(300);
        AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      Thread.sleep(700); // let the server's nonce expire
      var result = client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());

      assertThat(result).isInstanceOf(AwsPeeringConnection.class);
      List<Exchange> second = server.exchanges().subList(2, server.exchanges().size());
      assertThat(second).extracting(Exchange::status).containsExactly(401, 200);
      assertThat(second.get(0).responseHeader("WWW-Authenticate")).containsIgnoringCase("stale=true");
      assertThat(second.get(1).body()).isEqualTo(second.get(0).body());
      assertThat(second.get(0).body()).isNotEmpty();
    }
  }

  @Test
  void challengedRequestIsResentWithByteIdenticalBody() throws Exception {
    try (TestServer server = TestServer.digest(60_000);
        AtlasPeeringClient client = Fixtures.digestClient(server).build()) {
      client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.gcp());
      List<Exchange> exchanges = server.exchanges();
      assertThat(exchanges).hasSize(2);
      assertThat(exchanges.get(1).body()).isEqualTo(exchanges.get(0).body());
      assertThat(exchanges.get(1).bodyText()).contains("\"providerName\":\"GCP\"");
    }
  }
}
