package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.AtlasBadRequestException;
import dev.peerkit.atlas.peering.client.errors.AtlasConnectException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasServerException;
import dev.peerkit.atlas.peering.client.errors.AtlasTimeoutException;
import dev.peerkit.atlas.peering.client.internal.retry.RetryAfter;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Retries of 429, 503 and unsent requests; never of other 4xx or of a PATCH after a read timeout. */
class RetryTest {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private AtlasPeeringClientBuilder client(TestServer server, RetryPolicy policy) {
    return AtlasPeeringClient.builder().baseUrl(server.baseUrl()).apiKey("pub", "priv")
        .retryPolicy(policy).sleeper(waits::add);
  }

  private static Object call(AtlasPeeringClient client) {
    return client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
  }

  @Test
  void retries429HonouringRetryAfterSecondsThenSucceeds() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = client(server, RetryPolicy.builder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(10)).build()).build()) {
      server.respond(e -> calls.incrementAndGet() <= 2
          ? Reply.json(429, "{\"error\":429,\"errorCode\":\"RATE_LIMITED_TOKEN_BUCKET\"}").withHeader("Retry-After", "7")
          : Reply.json(200, TestServer.AWS_RESPONSE));
      assertThat(call(client)).isNotNull();
      assertThat(server.exchanges()).hasSize(3);
      assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
    }
  }

  /** MongoDB's advice: at least Retry-After, then back off further. */
  @Test
  void after429sTheWaitsAreAtLeastRetryAfterAndGrow() throws Exception {
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = client(server, RetryPolicy.builder().maxAttempts(4).build()).build()) {
      server.respond(e -> Reply.json(429, "{\"error\":429,\"errorCode\":\"RATE_LIMITED\"}").withHeader("Retry-After", "2"));
      assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasRateLimitException.class);
      assertThat(waits).hasSize(3).allSatisfy(w -> assertThat(w).isGreaterThan(Duration.ofSeconds(2)));
      assertThat(waits).isSorted();
      assertThat(waits.get(2)).isGreaterThan(waits.get(0));
    }
  }

  @Test
  void boundedAttemptsThenTheTyped429() throws Exception {
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = client(server, RetryPolicy.DEFAULT).build()) {
      server.respond(e -> Reply.json(429, "{\"error\":429,\"errorCode\":\"RATE_LIMITED\"}").withHeader("Retry-After", "1"));
      assertThatThrownBy(() -> call(client)).isInstanceOfSatisfying(AtlasRateLimitException.class,
          e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
      assertThat(server.exchanges()).hasSize(3);
    }
  }

  @Test
  void retryAfterLongerThanMaxDelayIsNotWaitedFor() throws Exception {
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = client(server, RetryPolicy.builder().maxDelay(Duration.ofSeconds(30)).build()).build()) {
      server.respond(e -> Reply.json(429, "{\"error\":429,\"errorCode\":\"RATE_LIMITED\"}").withHeader("Retry-After", "55"));
      assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasRateLimitException.class)
          .hasMessageContaining("Retry-After: 55 s");
      assertThat(server.exchanges()).hasSize(1);
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void retries503AndBacksOffExponentiallyWithinTheMaximum() throws Exception {
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = client(server, RetryPolicy.builder().maxAttempts(5)
            .initialBackoff(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(250)).build()).build()) {
      server.respond(e -> Reply.json(503, "{\"error\":503,\"errorCode\":\"SERVICE_UNAVAILABLE\"}"));
      assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasServerException.class);
      assertThat(server.exchanges()).hasSize(5);
      assertThat(waits).hasSize(4).allSatisfy(w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofMillis(250)));
    }
  }

  @Test
  void neverRetriesOther4xxOr500() throws Exception {
    try (TestServer server = TestServer.plain();
        AtlasPeeringClient client = client(server, RetryPolicy.DEFAULT).build()) {
      server.respond(e -> Reply.json(400, "{\"error\":400,\"errorCode\":\"VALIDATION_ERROR\"}"));
      assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasBadRequestException.class);
      server.respond(e -> Reply.json(500, "{\"error\":500,\"errorCode\":\"UNEXPECTED_ERROR\"}"));
      assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasServerException.class);
      assertThat(server.exchanges()).hasSize(2);
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void connectionRefusedIsRetriedThenTyped() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .apiKey("pub", "priv").sleeper(waits::add).build()) {
      assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasConnectException.class)
          .hasMessageContaining("127.0.0.1:" + closedPort);
      assertThat(waits).hasSize(2);
    }
  }

  @Test
  void readTimeoutIsNotResentUnlessTheCallerOptsIn() throws Exception {
    AtomicInteger received = new AtomicInteger(); // counted on arrival, before the slow answer
    try (TestServer server = TestServer.plain()) {
      server.respond(e -> {
        received.incrementAndGet();
        return Reply.json(200, TestServer.AWS_RESPONSE).withDelay(Duration.ofMillis(1000));
      });
      try (AtlasPeeringClient client = client(server, RetryPolicy.DEFAULT)
          .responseTimeout(Duration.ofMillis(200)).build()) {
        assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasTimeoutException.class)
            .hasMessageContaining("may have been applied");
        assertThat(received).hasValue(1);
      }
      try (AtlasPeeringClient client = client(server, RetryPolicy.builder().maxAttempts(2).retryReadTimeouts(true).build())
          .responseTimeout(Duration.ofMillis(200)).build()) {
        assertThatThrownBy(() -> call(client)).isInstanceOf(AtlasTimeoutException.class);
        assertThat(received).hasValue(3);
      }
    }
  }

  @Test
  void aConnectionDroppedAfterTheRequestWasSentIsNotResentAndSaysSo() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket socket = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      Thread dropper = new Thread(() -> {
        while (!socket.isClosed()) {
          try (java.net.Socket s = socket.accept()) {
            accepted.incrementAndGet();
            s.getInputStream().read(new byte[4096]); // read the request, then hang up
          } catch (java.io.IOException closed) {
            return;
          }
        }
      });
      dropper.start();
      try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl("http://127.0.0.1:" + socket.getLocalPort())
          .apiKey("pub", "priv").sleeper(waits::add).build()) {
        assertThatThrownBy(() -> call(client))
            .isExactlyInstanceOf(dev.peerkit.atlas.peering.client.errors.AtlasTransportException.class)
            .hasMessageContaining("may have been applied");
      }
      assertThat(accepted).hasValue(1);
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void retryAfterHttpDateIsReadAsUtcWhateverTheDefaultZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
      Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
      assertThat(RetryAfter.parse("Mon, 30 Nov 2026 12:00:55 GMT", clock)).contains(Duration.ofSeconds(55));
      assertThat(RetryAfter.parse("Monday, 30-Nov-26 12:00:10 GMT", clock)).isPresent();
      assertThat(RetryAfter.parse("Mon Nov 30 12:00:20 2026", clock)).contains(Duration.ofSeconds(20));
      assertThat(RetryAfter.parse("55", clock)).contains(Duration.ofSeconds(55));
      assertThat(RetryAfter.parse("Mon, 30 Nov 2026 11:00:00 GMT", clock)).contains(Duration.ZERO);
      assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
