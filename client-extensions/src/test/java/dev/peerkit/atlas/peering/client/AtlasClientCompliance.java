package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Exchange;
import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasBadRequestException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasServerException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.FeignException;
import feign.Logger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared compliance suite, Feign's own pattern (one abstract test, run for every transport):
 * each subclass builds the client one way (the facade, {@code Feign.builder()} with the capability
 * over HttpClient 5 or OkHttp) and every test here must pass for each. The
 * tests use a service account, which works over any Feign client; {@link DigestCompliance} adds
 * the API-key tests for the ways that use HttpClient 5. Real Jetty servers on 127.0.0.1.
 */
abstract class AtlasClientCompliance {

  static final String CLIENT_ID = "mdb_sa_id_compliance0000000000000";
  static final String CLIENT_SECRET = "mdb_sa_sk_COMPLIANCE-SECRET";

  /** The calls a test makes, whichever way the client was built. */
  interface Calls extends AutoCloseable {
    PeeringConnection update(UpdatePeeringConnectionRequest request);

    AtlasResponse<PeeringConnection> updateWithResponse(UpdatePeeringConnectionRequest request);

    @Override
    void close();
  }

  /**
   * Builds the client under test.
   *
   * @param options the SDK options (credentials, base URL, retries, logger) to apply
   * @param wireLogLevel the Feign log level, set where this way of building sets it
   */
  abstract Calls build(Consumer<AtlasOptionsBuilder<?>> options, Logger.Level wireLogLevel);

  TestServer server;
  final AtomicInteger tokensIssued = new AtomicInteger();
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  volatile String liveToken;
  volatile Function<Exchange, Reply> api = e -> Reply.json(200, TestServer.AWS_RESPONSE);

  @BeforeEach
  void startAtlas() throws Exception {
    server = TestServer.plain();
    server.respond(this::atlas);
  }

  @AfterEach
  void stopAtlas() throws Exception {
    server.close();
  }

  /** A token endpoint issuing numbered tokens; the API accepts only the latest one. */
  private Reply atlas(Exchange e) {
    if (e.path().equals("/api/oauth/token")) {
      liveToken = "tok-" + tokensIssued.incrementAndGet();
      return Reply.json(200, "{\"access_token\":\"" + liveToken + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
          .withContentType("application/json");
    }
    if (e.path().equals("/api/oauth/revoke")) {
      return Reply.json(200, "").withContentType(null);
    }
    if (!("Bearer " + liveToken).equals(e.header("Authorization"))) {
      return Reply.json(401, "{\"error\":401,\"errorCode\":\"UNAUTHORIZED\",\"reason\":\"Unauthorized\"}");
    }
    return api.apply(e);
  }

  Calls serviceAccountClient(RetryPolicy policy) {
    return build(o -> o.baseUrl(server.baseUrl()).serviceAccount(CLIENT_ID, CLIENT_SECRET)
        .retryPolicy(policy).sleeper(waits::add), Logger.Level.NONE);
  }

  static UpdatePeeringConnectionRequest awsUpdate() {
    return UpdatePeeringConnectionRequest.of(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
  }

  @Test
  void serviceAccountTokenIsFetchedOnceSentAsBearerWithTheAtlasHeaders() {
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      for (int i = 0; i < 3; i++) {
        assertThat(client.update(awsUpdate())).isInstanceOf(AwsPeeringConnection.class);
      }
    }
    assertThat(server.exchanges("/api/oauth/token")).singleElement()
        .satisfies(e -> assertThat(e.header("Authorization")).startsWith("Basic "));
    assertThat(server.exchanges("/api/atlas/")).hasSize(3).allSatisfy(e -> {
      assertThat(e.method()).isEqualTo("PATCH");
      assertThat(e.header("Authorization")).isEqualTo("Bearer tok-1");
      String mediaType = "application/vnd.atlas." + AtlasOptionsBuilder.DEFAULT_API_VERSION + "+json";
      assertThat(e.header("Accept")).isEqualTo(mediaType);
      assertThat(e.header("Content-Type")).isEqualTo(mediaType);
      assertThat(e.header("User-Agent")).startsWith("atlas-peering-client/");
      assertThat(e.bodyText()).contains("\"providerName\":\"AWS\"").doesNotContain("undefined");
    });
  }

  @Test
  void a401DropsTheTokenAndTheCallIsSentOnceMoreWithANewOne() {
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      client.update(awsUpdate());
      liveToken = "rotated-on-the-server";
      assertThat(client.update(awsUpdate())).isInstanceOf(AwsPeeringConnection.class);
    }
    assertThat(tokensIssued).hasValue(2);
    assertThat(server.exchanges("/api/atlas/")).extracting(e -> e.header("Authorization"))
        .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void closeRevokesTheToken() {
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      client.update(awsUpdate());
    }
    assertThat(server.exchanges("/api/oauth/revoke")).singleElement()
        .satisfies(e -> assertThat(e.bodyText()).contains("token=tok-1").contains("token_type_hint=access_token"));
  }

  @Test
  void envelopeIsUnwrappedAndAnEnvelopedErrorIsTyped() {
    api = e -> Reply.json(200, "{\"status\":200,\"content\":" + TestServer.AWS_RESPONSE + "}");
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      assertThat(client.update(awsUpdate().withEnvelope(true))).isInstanceOf(AwsPeeringConnection.class);
      assertThat(server.exchanges("/api/atlas/").get(0).query()).contains("envelope=true");
      api = e -> Reply.json(200, "{\"status\":404,\"content\":{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\"}}");
      assertThatThrownBy(() -> client.update(awsUpdate().withEnvelope(true)))
          .isInstanceOf(AtlasNotFoundException.class);
    }
  }

  @Test
  void errorsAreFeignsOwnPerStatusExceptionsWithTheAtlasFields() {
    api = e -> Reply.json(404, "{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\",\"detail\":\"No peer\","
        + "\"reason\":\"Not Found\",\"parameters\":[\"" + TestServer.PEER_ID + "\"]}");
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      assertThatThrownBy(() -> client.update(awsUpdate()))
          .isInstanceOf(FeignException.NotFound.class)
          .isInstanceOf(AtlasNotFoundException.class)
          .isInstanceOfSatisfying(AtlasApiError.class, error -> {
            assertThat(error.errorCode()).isEqualTo("RESOURCE_NOT_FOUND");
            assertThat(error.detail()).isEqualTo("No peer");
            assertThat(error.parameters()).containsExactly(TestServer.PEER_ID);
          });
      api = e -> Reply.json(400, "{\"error\":400,\"errorCode\":\"VALIDATION_ERROR\",\"badRequestDetail\":"
          + "{\"fields\":[{\"field\":\"vpcId\",\"description\":\"bad\"}]}}");
      assertThatThrownBy(() -> client.update(awsUpdate()))
          .isInstanceOf(FeignException.BadRequest.class)
          .isInstanceOfSatisfying(AtlasBadRequestException.class,
              error -> assertThat(error.badRequestDetail().getFields()).hasSize(1));
    }
  }

  @Test
  void a429IsRetriedAfterRetryAfterThenSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    api = e -> calls.incrementAndGet() == 1
        ? Reply.json(429, "{\"error\":429,\"errorCode\":\"RATE_LIMITED_TOKEN_BUCKET\"}").withHeader("Retry-After", "7")
        : Reply.json(200, TestServer.AWS_RESPONSE);
    try (Calls client = serviceAccountClient(RetryPolicy.DEFAULT)) {
      assertThat(client.update(awsUpdate())).isInstanceOf(AwsPeeringConnection.class);
    }
    assertThat(server.exchanges("/api/atlas/")).hasSize(2);
    assertThat(waits).singleElement().satisfies(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void retriesEndInTheTypedExceptionNotFeignsRetryableException() {
    api = e -> Reply.json(429, "{\"error\":429,\"errorCode\":\"RATE_LIMITED\"}").withHeader("Retry-After", "1");
    try (Calls client = serviceAccountClient(RetryPolicy.builder().maxAttempts(3).build())) {
      assertThatThrownBy(() -> client.update(awsUpdate()))
          .isExactlyInstanceOf(AtlasRateLimitException.class)
          .isInstanceOf(FeignException.TooManyRequests.class);
      assertThat(server.exchanges("/api/atlas/")).hasSize(3);
      api = e -> Reply.json(500, "{\"error\":500,\"errorCode\":\"UNEXPECTED_ERROR\"}");
      assertThatThrownBy(() -> client.update(awsUpdate())).isExactlyInstanceOf(AtlasServerException.class);
      assertThat(server.exchanges("/api/atlas/")).hasSize(4);
    }
  }

  @Test
  void invalidInputIsRefusedBeforeAnyIo() {
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      assertThatThrownBy(() -> client.update(UpdatePeeringConnectionRequest.of("not-a-group", TestServer.PEER_ID,
          Fixtures.aws().vpcId("vpc-123"))))
          .isInstanceOfSatisfying(AtlasValidationException.class, e -> assertThat(e.violations())
              .extracting(v -> v.field()).containsExactly("body.vpcId", "groupId"));
      assertThatThrownBy(() -> client.update(UpdatePeeringConnectionRequest.of(TestServer.GROUP_ID,
          TestServer.PEER_ID, null))).isInstanceOf(AtlasValidationException.class).hasMessageContaining("body");
    }
    assertThat(server.exchanges()).isEmpty();
  }

  @Test
  void withHttpInfoReturnsStatusHeadersTypedBodyAndJson() {
    api = e -> Reply.json(200, TestServer.AWS_RESPONSE.replace("PENDING_ACCEPTANCE", "SOMETHING_NEW"))
        .withHeader("RateLimit-Remaining", "9");
    try (Calls client = serviceAccountClient(RetryPolicy.NONE)) {
      AtlasResponse<PeeringConnection> response = client.updateWithResponse(awsUpdate());
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("ratelimit-remaining")).containsExactly("9");
      assertThat(response.body()).isInstanceOf(AwsPeeringConnection.class);
      assertThat(response.getData()).isSameAs(response.body());
      assertThat(response.json().path("statusName").asText()).isEqualTo("SOMETHING_NEW");
    }
  }

  @Test
  void fullWireLoggingNeverShowsASecret() {
    CapturingLogger log = new CapturingLogger();
    try (Calls client = build(o -> o.baseUrl(server.baseUrl()).serviceAccount(CLIENT_ID, CLIENT_SECRET)
        .logger(log).wireLogLevel(Logger.Level.FULL), Logger.Level.FULL)) {
      client.update(awsUpdate());
    }
    String lines = String.join("\n", log.lines());
    assertThat(lines).contains("PATCH").contains("vpc-0a1b2c3d4e5f60718");
    assertThat(lines).doesNotContain("tok-1").doesNotContain(CLIENT_SECRET).doesNotContainIgnoringCase("authorization:");
  }
}
