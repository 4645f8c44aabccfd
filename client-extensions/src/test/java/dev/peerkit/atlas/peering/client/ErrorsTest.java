package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.TestServer.Reply;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasBadRequestException;
import dev.peerkit.atlas.peering.client.errors.AtlasConflictException;
import dev.peerkit.atlas.peering.client.errors.AtlasForbiddenException;
import dev.peerkit.atlas.peering.client.errors.AtlasGoneException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotAcceptableException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasServerException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnexpectedStatusException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.client.transport.DeprecationNotice;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every non-2xx answer becomes a typed exception; no Jackson exception reaches the caller. */
class ErrorsTest {

  private TestServer server;
  private AtlasPeeringClient client;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.plain();
    client = AtlasPeeringClient.builder().baseUrl(server.baseUrl()).apiKey("pub", "priv")
        .retryPolicy(RetryPolicy.NONE).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, "VALIDATION_ERROR", AtlasBadRequestException.class),
        Arguments.of(401, "NOT_ORG_GROUP_CREATOR", AtlasUnauthorizedException.class),
        Arguments.of(403, "USER_CANNOT_ACCESS_GROUP", AtlasForbiddenException.class),
        Arguments.of(404, "RESOURCE_NOT_FOUND", AtlasNotFoundException.class),
        Arguments.of(406, "INVALID_VERSION_DATE", AtlasNotAcceptableException.class),
        Arguments.of(409, "PEER_ALREADY_REQUESTED_DELETION", AtlasConflictException.class),
        Arguments.of(410, "VERSION_GONE", AtlasGoneException.class),
        Arguments.of(429, "RATE_LIMITED_TOKEN_BUCKET", AtlasRateLimitException.class),
        Arguments.of(500, "UNEXPECTED_ERROR", AtlasServerException.class),
        Arguments.of(503, "SERVICE_UNAVAILABLE", AtlasServerException.class),
        Arguments.of(418, "TEAPOT", AtlasUnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("statuses")
  void eachStatusHasItsType(int status, String errorCode, Class<? extends AtlasApiError> type) {
    server.respond(e -> Reply.json(status, "{\"error\":" + status + ",\"errorCode\":\"" + errorCode
        + "\",\"detail\":\"Something about peer " + TestServer.PEER_ID + "\",\"reason\":\"Reason\","
        + "\"parameters\":[\"peer\",55]}").withContentType("application/json").withHeader("X-Request-Id", "r-1"));
    assertThatThrownBy(this::call)
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(AtlasApiError.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(status);
          assertThat(e.errorCode()).isEqualTo(errorCode);
          assertThat(e.isErrorCode(errorCode)).isTrue();
          assertThat(e.isErrorCode("OTHER")).isFalse();
          assertThat(e.detail()).contains(TestServer.PEER_ID);
          assertThat(e.reason()).isEqualTo("Reason");
          assertThat(e.parameters()).containsExactly("peer", 55);
          assertThat(e.headers()).containsKey("x-request-id");
          assertThat(((feign.FeignException) e).getMessage()).contains(String.valueOf(status)).contains(errorCode);
          assertThat(((feign.FeignException) e).status()).isEqualTo(status);
        });
  }

  @Test
  void badRequestDetailIsExposed() {
    server.respond(e -> Reply.json(400, """
        {"error":400,"errorCode":"VALIDATION_ERROR","detail":"Invalid vpcId","reason":"Bad Request",
         "badRequestDetail":{"fields":[{"field":"vpcId","description":"must match ^vpc-[0-9a-f]{17}$"}]}}"""));
    assertThatThrownBy(this::call).isInstanceOfSatisfying(AtlasBadRequestException.class, e ->
        assertThat(e.badRequestDetail().getFields()).singleElement()
            .satisfies(f -> assertThat(f.getField()).isEqualTo("vpcId")));
  }

  @Test
  void vendorJsonWithCharsetIsParsed() {
    server.respond(e -> Reply.json(404, "{\"error\":404,\"errorCode\":\"RESOURCE_NOT_FOUND\",\"detail\":\"gone\"}")
        .withContentType("application/vnd.atlas.2025-03-12+json;charset=utf-8"));
    assertThatThrownBy(this::call).isInstanceOfSatisfying(AtlasNotFoundException.class,
        e -> assertThat(e.errorCode()).isEqualTo("RESOURCE_NOT_FOUND"));
  }

  @Test
  void htmlFromAProxyStillEndsInTheTypedExceptionWithAnExcerpt() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(2000) + "</body></html>";
    server.respond(e -> new Reply(502, "text/html", html, Map.of(), Duration.ZERO));
    assertThatThrownBy(this::call).isInstanceOfSatisfying(AtlasServerException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(502);
      assertThat(e.errorCode()).isNull();
      assertThat(e.bodyExcerpt()).startsWith("<html><head><title>502 Bad Gateway").hasSizeLessThan(300);
      assertThat(e.getMessage()).contains("502").contains("non-JSON");
    });
  }

  @Test
  void brokenJsonErrorBodyIsNotAJacksonException() {
    server.respond(e -> Reply.json(500, "{\"error\":500, \"errorCode\": "));
    assertThatThrownBy(this::call).isInstanceOf(AtlasServerException.class)
        .hasMessageContaining("500").hasNoCause();
  }

  @Test
  void versionErrorsSayWhichVersionWasSentAndWhatToDo() {
    server.respond(e -> Reply.json(406, "{\"error\":406,\"errorCode\":\"INVALID_VERSION_DATE\",\"detail\":\"Invalid version date\"}"));
    assertThatThrownBy(this::call).isInstanceOf(AtlasNotAcceptableException.class)
        .hasMessageContaining("2023-01-01").hasMessageContaining("apiVersion(");
    server.respond(e -> Reply.json(410, "{\"error\":410,\"errorCode\":\"VERSION_GONE\",\"detail\":\"Gone\"}"));
    assertThatThrownBy(this::call).isInstanceOf(AtlasGoneException.class)
        .hasMessageContaining("2023-01-01").hasMessageContaining("retired");
  }

  @Test
  void deprecationIsWarnedOncePerClientAndOfferedToTheCallback() throws Exception {
    List<DeprecationNotice> notices = new CopyOnWriteArrayList<>();
    CapturingLogger log = new CapturingLogger();
    server.respond(e -> Reply.json(200, TestServer.AWS_RESPONSE)
        .withHeader("Deprecation", "@1767225600").withHeader("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT"));
    try (AtlasPeeringClient deprecated = AtlasPeeringClient.builder().baseUrl(server.baseUrl())
        .apiKey("pub", "priv").logger(log).onDeprecation(notices::add).build()) {
      deprecated.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
      deprecated.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
    }
    assertThat(notices).hasSize(2).first().satisfies(n -> {
      assertThat(n.deprecation()).isEqualTo("@1767225600");
      assertThat(n.sunset()).isEqualTo("Wed, 30 Jun 2027 00:00:00 GMT");
      assertThat(n.method()).isEqualTo("PATCH");
    });
    assertThat(log.lines()).filteredOn(l -> l.startsWith("WARN") && l.contains("deprecated")).hasSize(1);
  }

  private Object call() {
    return client.updatePeeringConnection(TestServer.GROUP_ID, TestServer.PEER_ID, Fixtures.aws());
  }
}
