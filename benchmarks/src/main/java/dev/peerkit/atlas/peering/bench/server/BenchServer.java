package dev.peerkit.atlas.peering.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.bench.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
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

/**
 * The one server every contestant talks to: Jetty 12 on 127.0.0.1, answering {@code PATCH
 * /api/atlas/v2/groups/{groupId}/peers/{peerId}} with a fixed, valid AWS peering connection. It
 * does no spec validation, so the figures measure the clients.
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: accepted when it is the token the server hands out.
 *   <li>Anything else goes through Jetty's own {@link DigestAuthenticator} (realm {@code MMS Public
 *       API}, MD5, {@code qop=auth}), which rejects a reused {@code nc} and answers {@code
 *       stale=true} for an expired nonce or one used {@code maxNonceCount} times.
 *   <li>{@code POST /api/oauth/token} (HTTP Basic client credentials) hands out the one token,
 *       {@code expires_in} 3600; {@code POST /api/oauth/revoke} answers 200.
 *   <li>{@code GET /bench/stats}, {@code POST /bench/reset}: server-side counts of exchanges, 401
 *       challenges by kind, and token requests. {@code GET /bench/last}: the last PATCH as received.
 *       {@code POST /bench/nonce-age?ms=N}: the Digest nonce lifetime.
 * </ul>
 *
 * <p>Run it as its own process ({@code main}) so that the clients' allocation figures do not
 * include the server's: it prints {@code READY <port>} and stops when its standard input closes.
 */
public final class BenchServer implements AutoCloseable {

  private static final byte[] RESPONSE = Fixtures.AWS_RESPONSE.getBytes(StandardCharsets.UTF_8);
  private static final byte[] TOKEN_RESPONSE = ("{\"access_token\":\"" + Fixtures.TOKEN
      + "\",\"token_type\":\"Bearer\",\"expires_in\":" + Fixtures.TOKEN_SECONDS + "}")
      .getBytes(StandardCharsets.UTF_8);
  private static final String BEARER = "Bearer " + Fixtures.TOKEN;
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (Fixtures.CLIENT_ID + ":" + Fixtures.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final DigestAuthenticator digest = new DigestAuthenticator();

  /** PATCH requests received, whatever the answer. */
  final AtomicLong exchanges = new AtomicLong();
  /** PATCH requests answered 200. */
  final AtomicLong ok = new AtomicLong();
  /** 401 to a request without credentials: the Digest challenge. */
  final AtomicLong challenges = new AtomicLong();
  /** 401 with {@code stale=true}: a Digest answer with an expired or used-up nonce. */
  final AtomicLong stale = new AtomicLong();
  /** 401 to a request with Digest credentials and without {@code stale=true}: wrong keys or a reused nc. */
  final AtomicLong rejected = new AtomicLong();
  /** 401 to a bearer token that is not the one handed out. */
  final AtomicLong bearerRejected = new AtomicLong();
  final AtomicLong tokenRequests = new AtomicLong();
  final AtomicLong revokes = new AtomicLong();
  private volatile Map<String, Object> last = Map.of();

  /**
   * @param port TCP port on 127.0.0.1, 0 for a free one
   * @throws Exception if Jetty does not start
   */
  public BenchServer(int port) throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    // Keep-alive connections stay open for the whole run (Jetty's default closes them after 30 s
    // idle, and java.net.http can race such a close with reusing the connection: "HTTP/1.1 header
    // parser received no bytes"). The figures are about the clients, not about reconnecting.
    connector.setIdleTimeout(600_000);
    server.addConnector(connector);
    Handler app = new Peers();
    UserStore users = new UserStore();
    users.addUser(Fixtures.PUBLIC_KEY, new Password(Fixtures.PRIVATE_KEY), new String[] {"user"});
    HashLoginService login = new HashLoginService(Fixtures.REALM);
    login.setUserStore(users);
    digest.setAlgorithm("MD5");
    SecurityHandler.PathMapped security = new SecurityHandler.PathMapped(app);
    security.put("/*", Constraint.ANY_USER);
    security.setAuthenticator(digest);
    security.setLoginService(login);
    server.setHandler(new Router(security, app));
    server.start();
  }

  /** @return the base URL, {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /**
   * Starts the server and prints {@code READY <port>}; stops when standard input closes.
   *
   * @param args optional port
   * @throws Exception if Jetty does not start
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    try (BenchServer server = new BenchServer(port)) {
      System.out.println("READY " + server.connector.getLocalPort());
      System.out.flush();
      while (System.in.read() != -1) {
        // runs until the driver closes our standard input (or dies)
      }
    }
  }

  private String stats() {
    return "{\"exchanges\":" + exchanges.get() + ",\"ok\":" + ok.get() + ",\"challenges\":" + challenges.get()
        + ",\"stale\":" + stale.get() + ",\"rejected\":" + rejected.get() + ",\"bearerRejected\":"
        + bearerRejected.get() + ",\"tokenRequests\":" + tokenRequests.get() + ",\"revokes\":" + revokes.get() + "}";
  }

  private void reset() {
    for (AtomicLong counter : new AtomicLong[] {exchanges, ok, challenges, stale, rejected, bearerRejected,
        tokenRequests, revokes}) {
      counter.set(0);
    }
    last = Map.of();
  }

  private static byte[] readAll(Request request) throws IOException {
    ByteBuffer buffer = Content.Source.asByteBuffer(request);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static void send(Response response, int status, String contentType, byte[] body, Callback callback) {
    response.setStatus(status);
    if (contentType != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Control endpoints, the token endpoint, bearer requests; everything else goes to Digest. */
  private final class Router extends Handler.Wrapper {
    private final Handler app;

    Router(SecurityHandler security, Handler app) {
      super(security);
      this.app = app;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String path = request.getHttpURI().getPath();
      if (path.startsWith("/bench/")) {
        return control(path, request, response, callback);
      }
      String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
      if (path.equals("/api/oauth/token")) {
        readAll(request);
        tokenRequests.incrementAndGet();
        if (!BASIC.equals(authorization)) {
          send(response, 401, "application/json",
              "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8), callback);
        } else {
          send(response, 200, "application/json", TOKEN_RESPONSE, callback);
        }
        return true;
      }
      if (path.equals("/api/oauth/revoke")) {
        readAll(request);
        revokes.incrementAndGet();
        send(response, 200, null, new byte[0], callback);
        return true;
      }
      exchanges.incrementAndGet();
      if (authorization != null && authorization.startsWith("Bearer ")) {
        if (BEARER.equals(authorization)) {
          return app.handle(request, response, callback);
        }
        readAll(request);
        bearerRejected.incrementAndGet();
        send(response, 401, "application/json", "{\"error\":401,\"errorCode\":\"UNAUTHORIZED\"}"
            .getBytes(StandardCharsets.UTF_8), callback);
        return true;
      }
      return super.handle(request, response, new Callback() {
        @Override
        public void succeeded() {
          count401(authorization, response);
          callback.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          count401(authorization, response);
          callback.failed(x);
        }

        @Override
        public InvocationType getInvocationType() {
          return callback.getInvocationType();
        }
      });
    }

    private void count401(String authorization, Response response) {
      if (response.getStatus() != 401) {
        return;
      }
      String challenge = response.getHeaders().get(HttpHeader.WWW_AUTHENTICATE);
      if (authorization == null) {
        challenges.incrementAndGet();
      } else if (challenge != null && challenge.toLowerCase().contains("stale=true")) {
        stale.incrementAndGet();
      } else {
        rejected.incrementAndGet();
      }
    }

    private boolean control(String path, Request request, Response response, Callback callback) throws IOException {
      readAll(request);
      String json;
      switch (path) {
        case "/bench/stats" -> json = stats();
        case "/bench/reset" -> {
          reset();
          json = stats();
        }
        case "/bench/last" -> json = JSON.writeValueAsString(last);
        case "/bench/nonce-age" -> {
          String query = request.getHttpURI().getQuery();
          long ms = Long.parseLong(query.substring(query.indexOf('=') + 1));
          digest.setMaxNonceAge(ms);
          json = "{\"maxNonceAgeMs\":" + ms + "}";
        }
        default -> {
          send(response, 404, null, new byte[0], callback);
          return true;
        }
      }
      send(response, 200, "application/json", json.getBytes(StandardCharsets.UTF_8), callback);
      return true;
    }
  }

  /** The resource: reads the body, answers the fixed AWS peering connection. */
  private final class Peers extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      byte[] body = readAll(request);
      if (!"PATCH".equals(request.getMethod()) || !request.getHttpURI().getPath().equals(Fixtures.PATH)) {
        send(response, 404, "application/json", "{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\"}"
            .getBytes(StandardCharsets.UTF_8), callback);
        return true;
      }
      Map<String, Object> seen = new LinkedHashMap<>();
      seen.put("method", request.getMethod());
      seen.put("target", request.getHttpURI().getPathQuery());
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers.merge(field.getName(), field.getValue(), (a, b) -> a + ", " + b);
      }
      seen.put("headers", headers);
      seen.put("body", new String(body, StandardCharsets.UTF_8));
      last = seen;
      ok.incrementAndGet();
      send(response, 200, Fixtures.MEDIA_TYPE, RESPONSE, callback);
      return true;
    }
  }
}
