package dev.peerkit.atlas.peering.client;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ConnectHandler;

/**
 * A real forward proxy on 127.0.0.1: Jetty's {@link ConnectHandler} tunnels {@code CONNECT}
 * requests (RFC 9110 section 9.3.6). With credentials set it answers 407 with a {@code Basic}
 * challenge until {@code Proxy-Authorization} carries them. It records every CONNECT it sees. It
 * resolves every target host to 127.0.0.1, so a client can name Atlas {@code atlas.test} (RFC 6761),
 * which the JDK's proxy selector does not exempt as it does loopback names, and no traffic leaves
 * the machine.
 */
final class TestProxy implements AutoCloseable {

  /** One CONNECT request: its target and its {@code Proxy-Authorization}, or null. */
  record Connect(String target, String proxyAuthorization) {}

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<Connect> connects = new CopyOnWriteArrayList<>();

  /**
   * @param user required proxy user, or {@code null} for an open proxy
   * @param password its password
   */
  TestProxy(String user, String password) throws Exception {
    String expected = user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new ConnectHandler() {
      @Override
      protected boolean handleAuthentication(Request request, Response response, String address) {
        String given = request.getHeaders().get("Proxy-Authorization");
        connects.add(new Connect(address, given));
        if (expected == null || expected.equals(given)) {
          return true;
        }
        response.getHeaders().put("Proxy-Authenticate", "Basic realm=\"test-proxy\"");
        return false;
      }

      @Override
      protected InetSocketAddress newConnectAddress(String host, int port) {
        return new InetSocketAddress("127.0.0.1", port);
      }
    });
    server.start();
  }

  int port() {
    return connector.getLocalPort();
  }

  List<Connect> connects() {
    return List.copyOf(connects);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
