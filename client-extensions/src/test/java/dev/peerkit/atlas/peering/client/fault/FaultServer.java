package dev.peerkit.atlas.peering.client.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A byte-level fault-injecting HTTP/1.1 server on 127.0.0.1, on a raw {@link ServerSocket}: it
 * reads each request (head and {@code Content-Length} body), records it, and lets the test's
 * {@link Script} write whatever bytes it wants: drips, resets, short bodies, broken chunking,
 * floods, endless lines, challenges. Keep-alive: after a script returns without closing, the next
 * request on the same connection is read. Used by the SDK's and the CLI's fault suites.
 */
public final class FaultServer implements AutoCloseable {

  /** A request as the server read it; header names are case-insensitive. */
  public record Req(String method, String target, Map<String, String> headers, byte[] body, int connection) {
    /** @return the path, without the query */
    public String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }

    /** @param name a header name, any case @return its value, or {@code null} */
    public String header(String name) {
      return headers.get(name);
    }
  }

  /** Writes the answer to one request. */
  @FunctionalInterface
  public interface Script {
    /**
     * @param req the request
     * @param wire the connection
     * @throws IOException when the client has gone away
     */
    void answer(Req req, Wire wire) throws IOException;
  }

  /** The server side of one connection. */
  public static final class Wire {
    private final Socket socket;
    private final OutputStream out;
    private boolean closed;

    Wire(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
    }

    /** @param text written as ISO-8859-1 bytes and flushed */
    public Wire send(String text) throws IOException {
      return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** @param bytes written and flushed */
    public Wire send(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
      return this;
    }

    /** Writes one byte at a time, pausing between them, until done or the client leaves. */
    public Wire drip(String text, Duration pause) throws IOException {
      for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
        out.write(b);
        out.flush();
        sleep(pause);
      }
      return this;
    }

    /** Writes the text again and again, pausing between, until the client leaves. */
    public void forever(String text, Duration pause) throws IOException {
      byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      while (true) {
        out.write(bytes);
        out.flush();
        sleep(pause);
      }
    }

    /** Says nothing more until the client closes the connection. */
    public void silence() throws IOException {
      InputStream in = socket.getInputStream();
      while (in.read() != -1) {
        // discard
      }
      close();
    }

    /** Closes with a TCP RST (linger 0) instead of a FIN. */
    public void reset() throws IOException {
      socket.setSoLinger(true, 0);
      close();
    }

    /** Closes with a FIN. */
    public void close() throws IOException {
      closed = true;
      socket.close();
    }

    boolean closed() {
      return closed || socket.isClosed();
    }

    private static void sleep(Duration pause) throws IOException {
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SocketException("server stopping");
      }
    }
  }

  private final ServerSocket server;
  private final Script script;
  private final List<Req> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private volatile int connections;

  /**
   * @param script writes every answer
   * @throws IOException if no loopback port can be bound
   */
  public FaultServer(Script script) throws IOException {
    this.script = script;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fault-server-accept");
    acceptor.setDaemon(true);
    threads.add(acceptor);
    acceptor.start();
  }

  /** @return {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** @return every request read so far, in order */
  public List<Req> requests() {
    return Collections.unmodifiableList(new ArrayList<>(requests));
  }

  /** @param pathPrefix a path prefix @return how many requests had it */
  public long count(String pathPrefix) {
    return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).count();
  }

  /** @return how many connections were accepted */
  public int connections() {
    return connections;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        int id = ++connections;
        Thread t = new Thread(() -> serve(socket, id), "fault-server-conn-" + id);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket, int id) {
    try (socket) {
      InputStream in = socket.getInputStream();
      Wire wire = new Wire(socket);
      while (!wire.closed()) {
        Req req = read(in, id);
        if (req == null) {
          return;
        }
        requests.add(req);
        script.answer(req, wire);
      }
    } catch (IOException clientLeft) {
      // the client closed or reset: the exchange is over
    }
  }

  private static Req read(InputStream in, int id) throws IOException {
    String requestLine = line(in);
    if (requestLine == null) {
      return null;
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.merge(h.substring(0, colon).trim(), h.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
    byte[] body = in.readNBytes(length);
    String[] parts = requestLine.split(" ");
    return new Req(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "/", headers, body, id);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String s = bytes.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      bytes.write(b);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
    for (Thread t : threads) {
      t.interrupt();
    }
  }

  // ---- answers used by many cases ----

  /** @return a complete HTTP/1.1 answer with a Content-Length, kept alive */
  public static String answer(int status, String contentType, String body, String... extraHeaders) {
    StringBuilder s = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    if (contentType != null) {
      s.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String h : extraHeaders) {
      s.append(h).append("\r\n");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    s.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
    return s + new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** @return a 200 JSON answer */
  public static String json(String body, String... extraHeaders) {
    return answer(200, "application/json", body, extraHeaders);
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 401 -> "Unauthorized";
      case 429 -> "Too Many Requests";
      default -> "Status";
    };
  }

  /**
   * A gzip body for the decompression-bomb cases.
   *
   * @param data what to compress
   * @return its gzip encoding
   */
  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
