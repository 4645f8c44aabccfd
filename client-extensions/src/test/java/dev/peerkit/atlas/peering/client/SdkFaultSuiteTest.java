package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.peerkit.atlas.peering.client.errors.AtlasDecodeException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasTimeoutException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnexpectedStatusException;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import dev.peerkit.atlas.peering.client.fault.DigestVerifier;
import dev.peerkit.atlas.peering.client.fault.FaultServer;
import dev.peerkit.atlas.peering.client.fault.FaultServer.Script;
import dev.peerkit.atlas.peering.client.fault.FaultSummary;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Feign;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's fault suite: every class of server misbehaviour of issue 10, injected at the byte level
 * by a raw-socket {@link FaultServer} on 127.0.0.1, each with the outcome the SDK promises (a typed
 * exception naming the bound, nothing re-sent that could have been applied, nothing followed).
 * Prints {@code fault suite: N/N cases passed}.
 */
@ExtendWith(FaultSummary.class)
class SdkFaultSuiteTest {

  private static final String PEERS = "/api/atlas/v2/groups/";
  private static final String TOKEN = "{\"access_token\":\"tok-FAULT-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
  private static final Duration TICK = Duration.ofMillis(150);

  /** One fault case: builds its server and client and checks the outcome. */
  @FunctionalInterface
  interface Case {
    void run() throws Exception;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void faultCase(String name, Case c) throws Exception {
    c.run();
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    // 1. Stale pooled connections
    add(all, "stale: keep-alive closed by the server while idle is not reused", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send(FaultServer.json(TestServer.AWS_RESPONSE));
        w.close(); // idle close right after the answer, as a load balancer would
      }))) {
        try (AtlasPeeringClient c = sa(s).build()) {
          patch(c);
          Thread.sleep(400); // idle long enough for the pool to check the connection
          assertThat(((dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection) patch(c)).getId()).isEqualTo(TestServer.PEER_ID);
        }
        assertThat(s.count(PEERS)).isEqualTo(2);
      }
    });
    add(all, "stale: a write failure on a reused connection is 'not sent' and retried on a new one", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send(FaultServer.json(TestServer.AWS_RESPONSE));
        w.reset(); // RST at once: the client's next write on this connection fails
      }))) {
        try (AtlasPeeringClient c = sa(s).build()) {
          patch(c);
          Thread.sleep(50); // shorter than the pool's idle check, so the dead connection is reused
          assertThat(((dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection) patch(c)).getId())
              .isEqualTo(TestServer.PEER_ID);
        }
        assertThat(s.count(PEERS)).isEqualTo(2);
      }
    });
    // 2. Redirects
    for (int status : new int[] {301, 302, 303, 307, 308}) {
      add(all, "redirect: " + status + " on the PATCH is a typed error naming Location, not followed", () -> {
        try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.answer(status, null, "",
            "Location: /api/atlas/v2/groups/" + TestServer.GROUP_ID + "/peers/000000000000000000000000"))))) {
          Throwable t = call(sa(s));
          assertThat(t).isInstanceOf(AtlasUnexpectedStatusException.class)
              .hasMessageContaining(String.valueOf(status)).hasMessageContaining("/peers/000000000000000000000000")
              .hasMessageContaining("not followed");
          assertThat(s.count(PEERS)).isEqualTo(1);
        }
      });
    }
    add(all, "redirect: 302 on the token endpoint is an OAuthTokenException naming Location", () -> {
      try (FaultServer s = new FaultServer((r, w) -> w.send(
          FaultServer.answer(302, null, "", "Location: http://127.0.0.2:1/steal")))) {
        Throwable t = call(sa(s));
        assertThat(t).isInstanceOf(OAuthTokenException.class).hasMessageContaining("302")
            .hasMessageContaining("127.0.0.2:1/steal").hasMessageContaining("not followed");
        assertThat(s.requests()).hasSize(1);
        assertThat(s.count(PEERS)).isZero();
      }
    });
    add(all, "redirect: a 70-hop chain sends one PATCH", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.answer(307, null, "",
          "Location: " + r.path() + "x"))))) {
        assertThat(call(sa(s))).isInstanceOf(AtlasUnexpectedStatusException.class).hasMessageContaining("307");
        assertThat(s.count(PEERS)).isEqualTo(1);
      }
    });
    // 3. Auth downgrade
    add(all, "auth: a Basic challenge to API keys is a typed 401; the private key never goes out as Basic", () -> {
      try (FaultServer s = new FaultServer((r, w) -> w.send(FaultServer.answer(401, "text/plain", "who?",
          "WWW-Authenticate: Basic realm=\"atlas\"")))) {
        Throwable t = call(key(s));
        assertThat(t).isInstanceOf(AtlasUnauthorizedException.class).hasMessageContaining("Basic");
        assertThat(s.requests()).allSatisfy(r -> assertThat(String.valueOf(r.header("Authorization")))
            .doesNotStartWithIgnoringCase("Basic"));
      }
    });
    add(all, "auth: stale=true forever makes at most one re-authentication", () -> {
      DigestVerifier digest = new DigestVerifier("MD5", "auth", TestServer.PUBLIC_KEY, TestServer.PRIVATE_KEY);
      try (FaultServer s = new FaultServer((r, w) -> w.send(FaultServer.answer(401, "text/plain", "stale",
          "WWW-Authenticate: " + digest.challenge(r.header("Authorization") != null))))) {
        Throwable t = call(key(s));
        assertThat(t).isInstanceOf(AtlasUnauthorizedException.class).hasMessageContaining("stale=true")
            .hasMessageContaining("one re-authentication");
        assertThat(s.count(PEERS)).isLessThanOrEqualTo(2);
      }
    });
    for (String algorithm : new String[] {"MD5", "MD5-sess", "SHA-256", "SHA-256-sess", "SHA-512-256"}) {
      for (String qop : new String[] {"auth", "auth-int", null}) {
        // A -sess algorithm needs a cnonce, which only exists with a qop (RFC 7616 section 3.4.2):
        // without one the pair cannot work, and the failure names what the server asked for.
        boolean works = qop != null || !algorithm.endsWith("-sess");
        add(all, "auth: Digest algorithm=" + algorithm + " qop=" + qop + (works ? " works" : " fails naming it"), () -> {
          DigestVerifier digest = new DigestVerifier(algorithm, qop, TestServer.PUBLIC_KEY, TestServer.PRIVATE_KEY);
          try (FaultServer s = new FaultServer((r, w) -> w.send(digest.verify(r)
              ? FaultServer.json(TestServer.AWS_RESPONSE)
              : FaultServer.answer(401, "text/plain", "", "WWW-Authenticate: " + digest.challenge(false))))) {
            if (works) {
              try (AtlasPeeringClient c = key(s).build()) {
                assertThat(((dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection) patch(c)).getId())
                    .isEqualTo(TestServer.PEER_ID);
              }
            } else {
              assertThat(call(key(s))).isInstanceOf(AtlasUnauthorizedException.class)
                  .hasMessageContaining("algorithm=" + algorithm);
              assertThat(s.count(PEERS)).isLessThanOrEqualTo(2);
            }
          }
        });
      }
    }
    add(all, "auth: an unknown Digest algorithm fails naming what was asked", () -> {
      try (FaultServer s = new FaultServer((r, w) -> w.send(FaultServer.answer(401, "text/plain", "",
          "WWW-Authenticate: Digest realm=\"atlas\", nonce=\"n1\", algorithm=SHA-3-512, qop=\"auth\"")))) {
        assertThat(call(key(s))).isInstanceOf(AtlasUnauthorizedException.class)
            .hasMessageContaining("algorithm=SHA-3-512").hasMessageContaining("qop=\"auth\"");
      }
    });
    // 4. Total time
    add(all, "time: a body dripped a byte at a time is cut at callTimeout", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + TestServer.AWS_RESPONSE.length() + "\r\n\r\n").drip(TestServer.AWS_RESPONSE, TICK)))) {
        assertThat(call(sa(s).callTimeout(Duration.ofSeconds(1)))).isInstanceOf(AtlasTimeoutException.class)
            .hasMessageContaining("callTimeout (1 s)").hasMessageContaining("may have been applied");
      }
    });
    add(all, "time: headers dripped a byte at a time are cut at callTimeout", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.drip(FaultServer.json(TestServer.AWS_RESPONSE), TICK)))) {
        assertThat(call(sa(s).callTimeout(Duration.ofSeconds(1)))).isInstanceOf(AtlasTimeoutException.class)
            .hasMessageContaining("callTimeout (1 s)");
      }
    });
    add(all, "time: 100 Continue every tick is cut at callTimeout", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.forever("HTTP/1.1 100 Continue\r\n\r\n", TICK)))) {
        assertThat(call(sa(s).callTimeout(Duration.ofSeconds(1)))).isInstanceOf(AtlasTimeoutException.class)
            .hasMessageContaining("callTimeout (1 s)");
      }
    });
    add(all, "time: a dripping token endpoint is cut at callTimeout", () -> {
      try (FaultServer s = new FaultServer((r, w) -> w.drip(FaultServer.json(TOKEN), TICK))) {
        assertThat(call(sa(s).callTimeout(Duration.ofSeconds(1)))).isInstanceOf(OAuthTokenException.class)
            .hasMessageContaining("callTimeout (1 s)");
        assertThat(s.count(PEERS)).isZero();
      }
    });
    add(all, "time: six calls on a silent token endpoint each give up at their own deadline (no convoy)", () -> {
      try (FaultServer s = new FaultServer((r, w) -> w.silence());
          AtlasPeeringClient c = sa(s).callTimeout(Duration.ofSeconds(1)).build()) {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
          List<Future<Throwable>> calls = new ArrayList<>();
          for (int i = 0; i < 6; i++) {
            calls.add(pool.submit((Callable<Throwable>) () -> catchThrowable(() -> patch(c))));
          }
          List<Throwable> failures = new ArrayList<>();
          for (Future<Throwable> f : calls) {
            failures.add(f.get());
          }
          assertThat(failures).allSatisfy(t -> assertThat(t).isInstanceOf(OAuthTokenException.class)
              .hasMessageContaining("callTimeout (1 s)"));
          // Each call ends at its own deadline, measured from its own start: either its fetch was cut
          // by the watchdog, or it stopped waiting for another call's fetch (the single-flight lock
          // is waited on with the deadline, not for as long as the other fetch takes). The
          // responseTimeout (30 s) never comes into it.
          assertThat(failures).allSatisfy(t -> assertThat(t.getMessage())
              .containsAnyOf("another call is still waiting", "the call did not complete within callTimeout (1 s)"));
        } finally {
          pool.shutdownNow();
        }
      }
    });
    add(all, "time: revoke on close against a dripping endpoint is cut by the cap", () -> {
      try (FaultServer s = new FaultServer((r, w) -> {
        if (r.path().equals("/api/oauth/revoke")) {
          w.send("HTTP/1.1 200 OK\r\n").forever("X-Drip: 1\r\n", TICK); // every read succeeds: only a deadline ends it
        } else {
          w.send(r.path().equals("/api/oauth/token") ? FaultServer.json(TOKEN) : FaultServer.json(TestServer.AWS_RESPONSE));
        }
      })) {
        CapturingLogger log = new CapturingLogger();
        AtlasPeeringClient c = sa(s).callTimeout(Duration.ofSeconds(1)).logger(log).build();
        patch(c);
        c.close();
        assertThat(log.lines()).anyMatch(l -> l.contains("Revoking") && l.contains("DeadlineExceededException"));
        assertThat(s.count("/api/oauth/revoke")).isEqualTo(1);
      }
    });
    add(all, "memory: a header flood from the token endpoint is an OAuthTokenException naming maxHeaderCount", () -> {
      try (FaultServer s = new FaultServer((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\n");
        w.forever("X-Flood: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n", Duration.ZERO);
      })) {
        assertThat(call(sa(s))).isInstanceOf(OAuthTokenException.class).hasMessageContaining("maxHeaderCount");
        assertThat(s.count(PEERS)).isZero();
      }
    });
    add(all, "memory: a 200 MB token answer is an OAuthTokenException naming maxResponseBytes", () -> {
      try (FaultServer s = new FaultServer((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        w.forever("1000\r\n" + "t".repeat(4096) + "\r\n", Duration.ZERO);
      })) {
        assertThat(call(sa(s))).isInstanceOf(OAuthTokenException.class).hasMessageContaining("maxResponseBytes");
      }
    });
    // 5. Memory
    add(all, "memory: a flood of header lines stops at maxHeaderCount", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\n");
        w.forever("X-Flood: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n", Duration.ZERO);
      }))) {
        Throwable t = call(sa(s));
        assertThat(t).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxHeaderCount");
        assertThat(((AtlasResponseLimitException) t).limit()).isEqualTo(AtlasResponseLimitException.MAX_HEADER_COUNT);
      }
    });
    add(all, "memory: an endless status line stops at maxLineLength", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 200 ");
        w.forever("OKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOKOK", Duration.ZERO);
      }))) {
        assertThat(call(sa(s))).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxLineLength");
      }
    });
    add(all, "memory: one endless header line stops at maxLineLength", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\nX-Long: ");
        w.forever("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij", Duration.ZERO);
      }))) {
        assertThat(call(sa(s))).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxLineLength");
      }
    });
    add(all, "memory: a declared 200 MB body is refused at maxResponseBytes without reading it", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n{\"a\":\"");
        w.forever("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", Duration.ZERO);
      }))) {
        Throwable t = call(sa(s));
        assertThat(t).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxResponseBytes (1048576 bytes)")
            .hasMessageContaining("maxResponseBytes(...)");
      }
    });
    add(all, "memory: an endless chunked body stops at a configured maxResponseBytes", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        w.forever("40\r\n" + "x".repeat(64) + "\r\n", Duration.ZERO);
      }))) {
        assertThat(call(sa(s).maxResponseBytes(4096))).isInstanceOf(AtlasResponseLimitException.class)
            .hasMessageContaining("maxResponseBytes (4096 bytes)");
      }
    });
    add(all, "memory: a large error body stops at maxResponseBytes too", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\nContent-Length: 2000000\r\n\r\n");
        w.forever("<p>" + "x".repeat(100), Duration.ZERO);
      }))) {
        assertThat(call(sa(s).retryPolicy(dev.peerkit.atlas.peering.client.retry.RetryPolicy.NONE)))
            .isInstanceOf(AtlasResponseLimitException.class);
      }
    });
    add(all, "memory: a gzip bomb is not inflated", () -> {
      byte[] bomb = FaultServer.gzip(new byte[50 << 20]);
      try (FaultServer s = new FaultServer(token((r, w) -> {
        w.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
            + bomb.length + "\r\n\r\n");
        w.send(bomb);
      }))) {
        Throwable t = call(sa(s));
        assertThat(t).isInstanceOf(AtlasDecodeException.class).hasMessageContaining("Content-Encoding gzip");
        assertThat(s.requests().get(s.requests().size() - 1).header("Accept-Encoding")).isNull();
      }
    });
    add(all, "memory: deep JSON nesting stops at maxNestingDepth", () -> {
      String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.json(deep))))) {
        assertThat(call(sa(s))).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxNestingDepth");
      }
    });
    add(all, "memory: a 5 000-digit number stops at maxNumberLength", () -> {
      String big = "{\"id\":" + "9".repeat(5_000) + "}";
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.json(big))))) {
        assertThat(call(sa(s))).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxNumberLength");
      }
    });
    add(all, "memory: a 900 000-character string stops at maxStringLength", () -> {
      String big = "{\"id\":\"" + "y".repeat(900_000) + "\"}";
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.json(big))))) {
        assertThat(call(sa(s))).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxStringLength");
      }
    });
    // 7. Every failure typed
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    typed(all, "reset mid-headers", (r, w) -> { w.send("HTTP/1.1 200 OK\r\nContent-Ty"); w.reset(); });
    typed(all, "FIN mid-headers", (r, w) -> { w.send("HTTP/1.1 200 OK\r\nContent-Ty"); w.close(); });
    typed(all, "reset mid-body", (r, w) -> { w.send(head + "Content-Length: 300\r\n\r\n{\"id\":"); w.reset(); });
    typed(all, "Content-Length longer than the body", (r, w) -> { w.send(head + "Content-Length: 300\r\n\r\n{\"id\":\"1\"}"); w.close(); });
    typed(all, "broken chunk size", (r, w) -> { w.send(head + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n"); });
    typed(all, "truncated chunked body", (r, w) -> { w.send(head + "Transfer-Encoding: chunked\r\n\r\n40\r\n{\"id\""); w.close(); });
    typed(all, "no answer at all after the request", (r, w) -> w.close());
    for (String body : new String[] {"null", "[1,2]", "\"text\"", "42", "  "}) {
      add(all, "typed: a 200 with body '" + body + "' is an AtlasDecodeException", () -> {
        try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.json(body))))) {
          assertThat(call(sa(s))).isInstanceOf(AtlasDecodeException.class);
        }
      });
    }
    // 8. Absurd values
    for (String expires : new String[] {"1e300", String.valueOf(Long.MAX_VALUE), "1.5"}) {
      add(all, "absurd: expires_in " + expires + " is clamped, the call works", () -> {
        try (FaultServer s = new FaultServer(tokenWith("{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":"
            + expires + "}", (r, w) -> w.send(FaultServer.json(TestServer.AWS_RESPONSE))))) {
          try (AtlasPeeringClient c = sa(s).build()) {
            assertThat(((dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection) patch(c)).getId()).isEqualTo(TestServer.PEER_ID);
          }
        }
      });
    }
    for (String expires : new String[] {"-5", "\"soon\"", "0"}) {
      add(all, "absurd: expires_in " + expires + " is refused before any API call", () -> {
        try (FaultServer s = new FaultServer(tokenWith("{\"access_token\":\"t\",\"expires_in\":" + expires + "}",
            (r, w) -> w.send(FaultServer.json(TestServer.AWS_RESPONSE))))) {
          assertThat(call(sa(s))).isInstanceOf(OAuthTokenException.class).hasMessageContaining("expires_in");
          assertThat(s.count(PEERS)).isZero();
        }
      });
    }
    add(all, "absurd: token_type mac is refused before any API call (RFC 6749 7.1)", () -> {
      try (FaultServer s = new FaultServer(tokenWith("{\"access_token\":\"t\",\"token_type\":\"mac\",\"expires_in\":3600}",
          (r, w) -> w.send(FaultServer.json(TestServer.AWS_RESPONSE))))) {
        assertThat(call(sa(s))).isInstanceOf(OAuthTokenException.class).hasMessageContaining("mac")
            .hasMessageContaining("Bearer");
        assertThat(s.count(PEERS)).isZero();
      }
    });
    for (String retryAfter : new String[] {"99999999999", "99999999999999999999999", "-1"}) {
      add(all, "absurd: Retry-After " + retryAfter + " on a 429 gives up at once or waits within bounds", () -> {
        try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.answer(429, "application/json",
            "{\"errorCode\":\"RATE_LIMITED\",\"detail\":\"slow down\"}", "Retry-After: " + retryAfter))))) {
          assertThat(call(sa(s))).isInstanceOf(AtlasRateLimitException.class);
          assertThat(s.count(PEERS)).isEqualTo(retryAfter.startsWith("-") ? 3 : 1);
        }
      });
    }
    // 9. Terminal and secret safety
    add(all, "safety: a 401 detail echoing the bearer token and the secret never carries them", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.answer(401, "application/json",
          "{\"errorCode\":\"UNAUTHORIZED\",\"detail\":\"bad token " + r.header("Authorization")
              + " for secret mdb_sa_sk_FAULT\"}"))))) {
        Throwable t = call(sa(s));
        assertThat(t).isInstanceOf(AtlasUnauthorizedException.class).hasMessageContaining("<redacted>")
            .hasMessageNotContaining("tok-FAULT-1").hasMessageNotContaining("mdb_sa_sk_FAULT");
        assertThat(((AtlasUnauthorizedException) t).detail()).doesNotContain("tok-FAULT-1");
      }
    });
    add(all, "safety: ESC, C1 and bidi controls in an error detail are escaped in the message", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.answer(409, "application/json",
          "{\"errorCode\":\"X\",\"detail\":\"a\\u001b[2Jb\\u009b31mc\\u202ed\"}"))))) {
        Throwable t = call(sa(s));
        assertThat(t.getMessage()).contains("\\u001B[2J", "\\u009B31m", "\\u202E")
            .doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u202e");
      }
    });
    add(all, "safety: a Deprecation header with terminal escapes is logged escaped", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.json(TestServer.AWS_RESPONSE,
          "Deprecation: \u001b]0;pwned\u0007\u009b2J"))))) {
        CapturingLogger log = new CapturingLogger();
        try (AtlasPeeringClient c = sa(s).logger(log).build()) {
          patch(c);
        }
        assertThat(log.lines()).anyMatch(l -> l.contains("\\u001B]0;pwned\\u0007"))
            .noneMatch(l -> l.contains("\u001b") || l.contains("\u009b"));
      }
    });
    // Any Feign.builder() with the capability gets the same bounds as the facade.
    add(all, "composable: Feign.builder() + AtlasCapability has the body bound", () -> {
      try (FaultServer s = new FaultServer(token((r, w) -> w.send(FaultServer.json("{\"id\":\"" + "z".repeat(5000) + "\"}"))));
          AtlasCapability atlas = AtlasCapability.builder().baseUrl(s.baseUrl()).serviceAccount("id", "secret")
              .maxResponseBytes(1000).build()) {
        NetworkPeeringApi api = Feign.builder().addCapability(atlas).target(NetworkPeeringApi.class, atlas.baseUrl());
        assertThat(catchThrowable(() -> api.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID,
            Fixtures.aws(), null, null))).isInstanceOf(AtlasResponseLimitException.class)
            .hasMessageContaining("maxResponseBytes (1000 bytes)");
      }
    });
    // Over a Feign client of your own (OkHttp), the body bound and typed failures still hold: the
    // capability's AtlasClient reads every Atlas answer itself.
    okHttp(all, "reset mid-body is an AtlasTransportException", (r, w) -> {
      w.send(head + "Content-Length: 300\r\n\r\n{\"id\":");
      w.reset();
    }, t -> assertThat(t).isInstanceOf(AtlasTransportException.class).hasMessageContaining("may have been applied"));
    okHttp(all, "a 5 MB body stops at maxResponseBytes", (r, w) -> {
      w.send(head + "Content-Length: 5000000\r\n\r\n");
      w.forever("x".repeat(4096), Duration.ZERO);
    }, t -> assertThat(t).isInstanceOf(AtlasResponseLimitException.class).hasMessageContaining("maxResponseBytes"));
    okHttp(all, "a 200 with body null is an AtlasDecodeException", (r, w) -> w.send(FaultServer.json("null")),
        t -> assertThat(t).isInstanceOf(AtlasDecodeException.class));
    return all.stream();
  }

  private static void okHttp(List<Arguments> all, String name, Script api,
      java.util.function.Consumer<Throwable> expect) {
    add(all, "composable (OkHttp): " + name, () -> {
      try (FaultServer s = new FaultServer(token(api));
          AtlasCapability atlas = AtlasCapability.builder().baseUrl(s.baseUrl()).serviceAccount("id", "secret")
              .retryPolicy(dev.peerkit.atlas.peering.client.retry.RetryPolicy.NONE).build()) {
        NetworkPeeringApi api2 = Feign.builder().client(new feign.okhttp.OkHttpClient()).addCapability(atlas)
            .target(NetworkPeeringApi.class, atlas.baseUrl());
        expect.accept(catchThrowable(() -> api2.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID,
            Fixtures.aws(), null, null)));
        assertThat(s.count(PEERS)).isEqualTo(1);
      }
    });
  }

  private static void typed(List<Arguments> all, String fault, Script api) {
    add(all, "typed: " + fault + " is an AtlasTransportException, not re-sent", () -> {
      try (FaultServer s = new FaultServer(token(api))) {
        Throwable t = call(sa(s));
        assertThat(t).isInstanceOf(AtlasTransportException.class).hasMessageContaining("may have been applied");
        assertThat(s.count(PEERS)).isEqualTo(1);
      }
    });
  }

  private static void add(List<Arguments> all, String name, Case c) {
    all.add(Arguments.of(name, c));
  }

  /** The token endpoint answers normally; everything else goes to the API script. */
  private static Script token(Script api) {
    return tokenWith(TOKEN, api);
  }

  private static Script tokenWith(String tokenJson, Script api) {
    return (r, w) -> {
      if (r.path().equals("/api/oauth/token")) {
        w.send(FaultServer.json(tokenJson));
      } else if (r.path().equals("/api/oauth/revoke")) {
        w.send(FaultServer.json("{}"));
      } else {
        api.answer(r, w);
      }
    };
  }

  private static AtlasPeeringClientBuilder sa(FaultServer s) {
    return AtlasPeeringClient.builder().baseUrl(s.baseUrl()).serviceAccount("mdb_sa_id_fault", "mdb_sa_sk_FAULT")
        .callTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(30)).sleeper(d -> { });
  }

  private static AtlasPeeringClientBuilder key(FaultServer s) {
    return AtlasPeeringClient.builder().baseUrl(s.baseUrl()).apiKey(TestServer.PUBLIC_KEY, TestServer.PRIVATE_KEY)
        .callTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(30)).sleeper(d -> { });
  }

  private static PeeringConnection patch(AtlasPeeringClient c) {
    return c.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
  }

  private static Throwable call(AtlasPeeringClientBuilder builder) {
    try (AtlasPeeringClient c = builder.build()) {
      Throwable t = catchThrowable(() -> patch(c));
      assertThat(t).as("the call fails").isNotNull();
      return t;
    }
  }

}
