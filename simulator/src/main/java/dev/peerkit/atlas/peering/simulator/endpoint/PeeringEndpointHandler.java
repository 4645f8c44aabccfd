package dev.peerkit.atlas.peering.simulator.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.fault.Fault;
import dev.peerkit.atlas.peering.simulator.fault.FaultInjector;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;
import dev.peerkit.atlas.peering.simulator.http.Json;
import dev.peerkit.atlas.peering.simulator.ratelimit.RateLimitErrors;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBuckets;
import dev.peerkit.atlas.peering.simulator.store.ProjectAccess;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}} for authenticated requests. Steps, in
 * order: method (405), the project's token bucket (429, when rate limiting is on), injected fault, versioned {@code Accept} (406), {@code Content-Type} (415),
 * Project Owner role (403), spec validation (400), update rules (404/409/400), then 200 with the
 * stored peer.
 */
public final class PeeringEndpointHandler extends Handler.Abstract {

  /** The path this handler serves; the ids are checked by spec validation. */
  public static final Pattern PATH =
      Pattern.compile("^/api/atlas/v2/groups/([^/]+)/peers/([^/]+)$");

  private static final Logger LOG = LoggerFactory.getLogger(PeeringEndpointHandler.class);

  private final PeeringUpdater updater;
  private final ProjectAccess access;
  private final FaultInjector faults;
  private final EndpointResponder responder;
  private final Optional<TokenBuckets> buckets;
  private final boolean rateLimitHeaders;

  /**
   * Creates the handler.
   *
   * @param updater applies updates to the store
   * @param access which projects the caller may change (else 403)
   * @param faults injected faults, one taken per request
   * @param responder writes answers
   * @param buckets the token buckets, or empty for no rate limiting
   * @param rateLimitHeaders whether answers carry {@code RateLimit-Limit}/{@code RateLimit-Remaining}
   */
  public PeeringEndpointHandler(PeeringUpdater updater, ProjectAccess access, FaultInjector faults,
      EndpointResponder responder, Optional<TokenBuckets> buckets, boolean rateLimitHeaders) {
    this.updater = updater;
    this.access = access;
    this.faults = faults;
    this.responder = responder;
    this.buckets = buckets;
    this.rateLimitHeaders = rateLimitHeaders;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Fields query = Request.extractQueryParameters(request);
    ResponseFormat format = ResponseFormat.from(query);
    String path = request.getHttpURI().getPath();
    try {
      if (!HttpMethod.PATCH.is(request.getMethod())) {
        throw new ApiException(
                ApiErrors.of(
                    405, "METHOD_NOT_ALLOWED", "Only PATCH is supported on " + path + ".", path))
            .withHeader(HttpHeader.ALLOW.asString(), "PATCH");
      }
      takeToken(path, response);
      Optional<Fault> fault = faults.next();
      if (fault.isPresent() && !applyFault(fault.get(), path, response, callback)) {
        return true;
      }
      LocalDate version = ApiVersion.fromAccept(request.getHeaders().get(HttpHeader.ACCEPT));
      ApiVersion.checkContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
      checkProjectOwner(path);
      String body = Content.Source.asString(request, StandardCharsets.UTF_8);
      SpecValidator.shared().join().validate(path, query, body); // waits only while it loads
      Matcher ids = PATH.matcher(path);
      if (!ids.matches()) {
        throw new IllegalStateException("routed a path this handler does not serve: " + path);
      }
      ObjectNode updated =
          updater.update(ids.group(1), ids.group(2), (ObjectNode) Json.parse(body));
      responder.success(response, callback, version, updated, format);
      LOG.debug("PATCH {} -> 200", path);
    } catch (ApiException error) {
      responder.error(response, callback, error, format);
      LOG.debug(
          "{} {} -> {} {}",
          request.getMethod(),
          path,
          error.status(),
          error.body().path("errorCode").asText());
    }
    return true;
  }

  /** Takes a token, or ends the request with Atlas's 429; sets the RateLimit headers either way. */
  private void takeToken(String path, Response response) {
    if (buckets.isEmpty()) {
      return;
    }
    Matcher ids = PATH.matcher(path);
    String groupId = ids.matches() ? ids.group(1) : "";
    TokenBuckets.Decision decision = buckets.get().take(TokenBuckets.NETWORK_PEERING, groupId);
    if (!decision.allowed()) {
      throw RateLimitErrors.tooManyRequests(
          path, decision.retryAfterSeconds(), buckets.get().policy(), rateLimitHeaders);
    }
    if (rateLimitHeaders) {
      response.getHeaders().put("RateLimit-Limit", String.valueOf(decision.limit()));
      response.getHeaders().put("RateLimit-Remaining", String.valueOf(decision.remaining()));
    }
  }

  private void checkProjectOwner(String path) {
    Matcher ids = PATH.matcher(path);
    if (ids.matches() && !access.isProjectOwner(ids.group(1))) {
      throw new ApiException(ApiErrors.of(403, "USER_CANNOT_ACCESS_GROUP",
          "The caller does not have the Project Owner role in project " + ids.group(1) + ".", ids.group(1)));
    }
  }

  /**
   * Applies a fault.
   *
   * @return {@code true} if handling goes on (a delay), {@code false} if the answer was written
   * @throws ApiException for the JSON faults
   */
  private boolean applyFault(Fault fault, String path, Response response, Callback callback) {
    LOG.debug("Injecting {} into {}", fault, path);
    switch (fault.kind()) {
      case DELAY -> {
        sleep(fault.delay().orElseThrow().toMillis());
        return true;
      }
      case BAD_GATEWAY_HTML -> {
        responder.html(response, callback, 502, FaultErrors.BAD_GATEWAY_HTML);
        return false;
      }
      default -> throw FaultErrors.of(fault, path, buckets.map(TokenBuckets::policy)
          .orElse(FaultErrors.DEFAULT_POLICY), rateLimitHeaders);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt(); // the server is stopping; answer at once
    }
  }
}
