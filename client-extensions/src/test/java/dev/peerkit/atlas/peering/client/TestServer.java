package dev.peerkit.atlas.peering.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.DigestAuthenticator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.security.Password;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A real Jetty 12 server on 127.0.0.1 for client tests. It records every exchange (including the
 * 401 challenges of Digest, which Jetty's own {@link DigestAuthenticator} answers) and replies
 * with what the test's responder returns.
 */
final class TestServer implements AutoCloseable {

  static final String GROUP_ID = "32b6e34b3d91647abb20e7b8";
  static final String PEER_ID = "5e57a0e35c6d2b1a2c3d4e5f";
  static final String PUBLIC_KEY = "abcdefgh";
  static final String PRIVATE_KEY = "11111111-2222-3333-4444-555555555555";

  /** One request as the server saw it, and the status it answered. */
  record Exchange(String method, String path, String query, Map<String, List<String>> headers,
      byte[] body, int status, Map<String, List<String>> responseHeaders) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null ? null : values.get(0);
    }

    String responseHeader(String name) {
      List<String> values = responseHeaders.get(name.toLowerCase());
      return values == null ? null : values.get(0);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** What to answer. */
  record Reply(int status, String contentType, String body, Map<String, String> headers, Duration delay) {
    static Reply json(int status, String body) {
      return new Reply(status, "application/vnd.atlas.2025-03-12+json", body, Map.of(), Duration.ZERO);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, contentType, body, h, delay);
    }

    Reply withContentType(String type) {
      return new Reply(status, type, body, headers, delay);
    }

    Reply withDelay(Duration d) {
      return new Reply(status, contentType, body, headers, d);
    }
  }

  static final String AWS_RESPONSE = """
      {"containerId":"32b6e34b3d91647abb20e7b8","id":"5e57a0e35c6d2b1a2c3d4e5f","providerName":"AWS",\
      "accepterRegionName":"us-east-1","awsAccountId":"123456789012","connectionId":"pcx-0a1b2c3d4e5f60718",\
      "routeTableCidrBlock":"10.15.0.0/24","statusName":"PENDING_ACCEPTANCE","vpcId":"vpc-0a1b2c3d4e5f60718"}""";

  private final Server server = new Server();
  private final ServerConnector connector;
  private final java.util.concurrent.atomic.AtomicInteger connectionsOpened = new java.util.concurrent.atomic.AtomicInteger();
  private final String scheme;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
  private volatile Function<Exchange, Reply> responder = e -> Reply.json(200, AWS_RESPONSE);

  private TestServer(boolean digest, long maxNonceAgeMillis) throws Exception {
    this(digest, maxNonceAgeMillis, null);
  }

  private TestServer(boolean digest, long maxNonceAgeMillis, SslContextFactory.Server tls) throws Exception {
    connector = tls == null ? new ServerConnector(server) : new ServerConnector(server, tls);
    scheme = tls == null ? "http" : "https";
    connector.addEventListener(new Connection.Listener() {
      @Override
      public void onOpened(Connection connection) {
        // One per TCP connection: TLS adds a second Connection over the decrypted end point.
        if (connection.getEndPoint() instanceof SocketChannelEndPoint) {
          connectionsOpened.incrementAndGet();
        }
      }
    });
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    Handler app = new App();
    if (digest) {
      UserStore users = new UserStore();
      users.addUser(PUBLIC_KEY, new Password(PRIVATE_KEY), new String[] {"user"});
      HashLoginService login = new HashLoginService("MMS Public API");
      login.setUserStore(users);
      DigestAuthenticator authenticator = new DigestAuthenticator();
      authenticator.setMaxNonceAge(maxNonceAgeMillis);
      authenticator.setAlgorithm("MD5");
      SecurityHandler.PathMapped security = new SecurityHandler.PathMapped(app);
      security.put("/*", Constraint.ANY_USER);
      security.setAuthenticator(authenticator);
      security.setLoginService(login);
      app = security;
    }
    server.setHandler(new Recorder(app));
    server.start();
  }

  /** A server with no authentication of its own (bearer tokens are checked by the responder). */
  static TestServer plain() throws Exception {
    return new TestServer(false, 0);
  }

  /** A server behind Jetty's DigestAuthenticator (MD5, qop=auth) for the test API key. */
  static TestServer digest(long maxNonceAgeMillis) throws Exception {
    return new TestServer(true, maxNonceAgeMillis);
  }

  /**
   * An HTTPS server (no authentication of its own) with the given TLS setup, such as {@link
   * TlsFixtures#server()} or {@link TlsFixtures#serverRequiringClientCertificate()}.
   */
  static TestServer https(SslContextFactory.Server tls) throws Exception {
    return new TestServer(false, 0, tls);
  }

  String baseUrl() {
    return scheme + "://127.0.0.1:" + connector.getLocalPort();
  }

  /** @return TCP connections accepted so far (a TLS handshake that fails still counts) */
  int connectionsOpened() {
    return connectionsOpened.get();
  }

  int port() {
    return connector.getLocalPort();
  }

  void respond(Function<Exchange, Reply> responder) {
    this.responder = responder;
  }

  /**
   * The exchanges so far. The client can see an answer before Jetty completes the exchange, so
   * this first waits (up to 5 s) for exchanges still in flight to be recorded.
   */
  List<Exchange> exchanges() {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return new ArrayList<>(exchanges);
  }

  List<Exchange> exchanges(String pathPrefix) {
    return exchanges().stream().filter(e -> e.path().startsWith(pathPrefix)).toList();
  }

  static String peerPath() {
    return "/api/atlas/v2/groups/" + GROUP_ID + "/peers/" + PEER_ID;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Reads the request body, lets the inner handler answer, then records the exchange. */
  private final class Recorder extends Handler.Wrapper {
    Recorder(Handler inner) {
      super(inner);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      inFlight.incrementAndGet();
      ByteBuffer buffer = Content.Source.asByteBuffer(request);
      byte[] body = new byte[buffer.remaining()];
      buffer.get(body);
      Request replay = new Request.Wrapper(request) {
        private boolean read;

        @Override
        public Content.Chunk read() {
          if (read) {
            return Content.Chunk.EOF;
          }
          read = true;
          return Content.Chunk.from(ByteBuffer.wrap(body), true);
        }
      };
      Map<String, List<String>> headers = toMap(request.getHeaders());
      Callback recording = Callback.from(() -> {
        exchanges.add(new Exchange(request.getMethod(), request.getHttpURI().getPath(),
            request.getHttpURI().getQuery(), headers, body, response.getStatus(), toMap(response.getHeaders())));
        inFlight.decrementAndGet();
        callback.succeeded();
      }, x -> {
        exchanges.add(new Exchange(request.getMethod(), request.getHttpURI().getPath(),
            request.getHttpURI().getQuery(), headers, body, response.getStatus(), toMap(response.getHeaders())));
        inFlight.decrementAndGet();
        callback.failed(x);
      });
      return super.handle(replay, response, recording);
    }

    private Map<String, List<String>> toMap(Iterable<HttpField> fields) {
      Map<String, List<String>> map = new LinkedHashMap<>();
      for (HttpField f : fields) {
        map.computeIfAbsent(f.getName().toLowerCase(), k -> new ArrayList<>()).add(f.getValue());
      }
      return map;
    }
  }

  /** Answers with the responder's reply. */
  private final class App extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      ByteBuffer buffer = Content.Source.asByteBuffer(request);
      byte[] body = new byte[buffer.remaining()];
      buffer.get(body);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpField f : request.getHeaders()) {
        headers.computeIfAbsent(f.getName().toLowerCase(), k -> new ArrayList<>()).add(f.getValue());
      }
      Reply reply = responder.apply(new Exchange(request.getMethod(), request.getHttpURI().getPath(),
          request.getHttpURI().getQuery(), headers, body, 0, Map.of()));
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay().toMillis());
      }
      response.setStatus(reply.status());
      if (reply.contentType() != null) {
        response.getHeaders().put("Content-Type", reply.contentType());
      }
      reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
      Content.Sink.write(response, true, reply.body() == null ? "" : reply.body(), callback);
      return true;
    }
  }
}
