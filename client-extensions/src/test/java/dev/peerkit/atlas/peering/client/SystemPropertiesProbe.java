package dev.peerkit.atlas.peering.client;

/**
 * Run in a fresh JVM by {@link TransportOptionsTest}: one update with {@code useSystemProperties()}
 * and no other transport option, so only the JVM's {@code -D} proxy and trust store settings can
 * make it reach the self-signed server through the proxy. Exits 0 on success.
 */
final class SystemPropertiesProbe {

  private SystemPropertiesProbe() {}

  public static void main(String[] args) {
    try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(args[0])
        .serviceAccount("id", "secret").useSystemProperties().build()) {
      System.out.println(client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws())
          .getClass().getSimpleName());
    }
  }
}
