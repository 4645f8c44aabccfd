package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.errors.AtlasConnectException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import feign.Logger;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The compliance suite plus API keys (HTTP Digest, RFC 7616, against Jetty's own {@code
 * DigestAuthenticator}), for the ways of building the client that use the SDK's HttpClient 5.
 */
abstract class DigestCompliance extends AtlasClientCompliance {

  Calls apiKeyClient(TestServer digest, String privateKey) {
    return build(o -> o.baseUrl(digest.baseUrl()).apiKey(TestServer.PUBLIC_KEY, privateKey)
        .retryPolicy(RetryPolicy.NONE), Logger.Level.NONE);
  }

  @Test
  void apiKeysAreSentAsDigestAndLaterCallsArePreemptive() throws Exception {
    try (TestServer digest = TestServer.digest(60_000);
        Calls client = apiKeyClient(digest, TestServer.PRIVATE_KEY)) {
      assertThat(client.update(awsUpdate())).isInstanceOf(AwsPeeringConnection.class);
      assertThat(client.update(awsUpdate())).isInstanceOf(AwsPeeringConnection.class);
      assertThat(digest.exchanges()).extracting(TestServer.Exchange::status).containsExactly(401, 200, 200);
      assertThat(digest.exchanges().get(2).header("Authorization")).startsWith("Digest ");
    }
  }

  @Test
  void wrongApiKeysEndInATypedUnauthorized() throws Exception {
    try (TestServer digest = TestServer.digest(60_000); Calls client = apiKeyClient(digest, "wrong-private-key")) {
      assertThatThrownBy(() -> client.update(awsUpdate())).isInstanceOf(AtlasUnauthorizedException.class);
      assertThat(digest.exchanges()).hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void connectionRefusedIsRetriedThenTyped() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Calls client = build(o -> o.baseUrl("http://127.0.0.1:" + closedPort).apiKey("pub", "priv")
        .sleeper(waits::add), Logger.Level.NONE)) {
      assertThatThrownBy(() -> client.update(awsUpdate())).isExactlyInstanceOf(AtlasConnectException.class)
          .hasMessageContaining("nothing was sent");
    }
    assertThat(waits).hasSize(RetryPolicy.DEFAULT.maxAttempts() - 1);
  }
}
