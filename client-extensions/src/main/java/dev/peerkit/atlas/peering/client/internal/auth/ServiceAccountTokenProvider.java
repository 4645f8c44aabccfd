package dev.peerkit.atlas.peering.client.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.errors.AtlasResponseLimitException;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import dev.peerkit.atlas.peering.client.internal.codec.ApiErrorParser;
import dev.peerkit.atlas.peering.client.internal.codec.SafeText;
import dev.peerkit.atlas.peering.client.internal.transport.BoundedBody;
import dev.peerkit.atlas.peering.client.internal.transport.CallDeadline;
import dev.peerkit.atlas.peering.client.transport.TokenFetchListener;
import dev.peerkit.atlas.peering.client.transport.TokenFetchListener.Outcome;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;

/**
 * Gets and caches OAuth 2.0 access tokens for an Atlas service account with the client
 * credentials grant (RFC 6749 section 4.4).
 *
 * <ul>
 *   <li>Token request: {@code POST {base}/api/oauth/token}, {@code Authorization: Basic
 *       base64(client_id:client_secret)} (RFC 6749 section 2.3.1), form body {@code
 *       grant_type=client_credentials}, {@code Accept: application/json}.
 *   <li>The token is reused until {@code expires_in} (seconds) minus the skew has passed.
 *   <li>Single-flight: concurrent callers on a cold or expired cache wait for one token request.
 *   <li>{@link #revoke()}: {@code POST {base}/api/oauth/revoke} (RFC 7009) with form {@code token}
 *       and {@code token_type_hint=access_token}, Basic auth.
 * </ul>
 *
 * <p>The token endpoint is reached through the same Feign {@code Client} as the API call that
 * needs the token (any implementation: HttpClient 5, OkHttp, {@code java.net.http}, Spring's), so
 * the caller's proxy and TLS settings apply to it too; redirects are never followed. Thread-safe.
 * Neither the client secret nor a token is ever logged or put in a message.
 */
public final class ServiceAccountTokenProvider {

  /** Revoking is best effort at shutdown: never hold {@code close()} longer than this. */
  private static final Duration REVOKE_CAP = Duration.ofSeconds(5);
  private static final Request.Options REVOKE_OPTIONS =
      new Request.Options(5, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, false);
  /** Longest token lifetime believed: Atlas gives 3600 s; a larger {@code expires_in} is clamped. */
  static final long MAX_EXPIRES_IN = 86_400;

  private final String baseUrl;
  private final String basicAuthorization;
  private final Duration skew;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final Logger logger;
  private final int maxResponseBytes;
  /** Kept only to cut it out of error text the token endpoint might echo. */
  private final String clientSecret;
  private final TokenFetchListener listener;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;
  /** The transport the current token came through; revoke goes the same way. */
  private volatile Client fetchedThrough;

  /**
   * @param baseUrl Atlas base URL, such as {@code https://cloud.mongodb.com}
   * @param clientId the service account's client id
   * @param clientSecret the service account's client secret
   * @param skew how long before {@code expires_in} runs out a token is replaced
   * @param clock the clock expiry is measured on
   * @param mapper reads the token response
   * @param logger where token fetches are logged (no secret, no token)
   * @param maxResponseBytes most bytes of a token answer read
   * @param listener told how each token request ended, or {@code null}
   */
  public ServiceAccountTokenProvider(String baseUrl, String clientId, String clientSecret,
      Duration skew, Clock clock, ObjectMapper mapper, Logger logger, int maxResponseBytes,
      TokenFetchListener listener) {
    this.maxResponseBytes = maxResponseBytes;
    this.clientSecret = clientSecret;
    this.baseUrl = baseUrl;
    this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (formEncode(clientId) + ":" + formEncode(clientSecret)).getBytes(StandardCharsets.UTF_8));
    this.skew = skew;
    this.clock = clock;
    this.mapper = mapper;
    this.logger = logger;
    this.listener = listener == null ? outcome -> { } : listener;
  }

  /**
   * Returns a live access token, fetching one if none is cached or the cached one is due.
   *
   * @param transport the Feign client to reach the token endpoint with
   * @param options its timeouts
   * @return the bearer token value
   * @throws OAuthTokenException if the token endpoint refuses or fails, or the thread's {@link
   *     CallDeadline} runs out while another call is fetching the token (no convoy: each waiting
   *     call gives up at its own deadline)
   */
  public String token(Client transport, Request.Options options) {
    AccessToken token = current;
    if (isLive(token)) {
      return token.value();
    }
    lockBeforeDeadline();
    try {
      token = current;
      if (!isLive(token)) {
        token = fetch(transport, options);
        current = token;
        fetchedThrough = transport;
      }
      return token.value();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Drops the cached token if it is the given one, so the next {@link #token} fetches anew.
   * Called when the API answers 401 to a bearer token.
   *
   * @param rejected the token the API rejected
   */
  public void invalidate(String rejected) {
    lock.lock();
    try {
      if (current != null && current.value().equals(rejected)) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Revokes the cached token, if any, through the transport it was fetched with, waiting at most
   * 5 seconds for the answer. Failures are logged at WARN, not thrown: revoking is best effort at
   * shutdown.
   */
  public void revoke() {
    AccessToken token;
    Client transport;
    lock.lock();
    try {
      token = current;
      transport = fetchedThrough;
      current = null;
    } finally {
      lock.unlock();
    }
    if (token == null || transport == null) {
      return;
    }
    byte[] form = ("token=" + formEncode(token.value()) + "&token_type_hint=access_token")
        .getBytes(StandardCharsets.UTF_8);
    try (CallDeadline cap = CallDeadline.start(REVOKE_CAP, "the 5 s cap of revoke");
        Response response = transport.execute(post("/api/oauth/revoke", form), REVOKE_OPTIONS)) {
      if (response.status() / 100 != 2) {
        logger.warn("Revoking the service-account token got HTTP {}", response.status());
      }
    } catch (IOException | RuntimeException e) {
      logger.warn("Revoking the service-account token failed: {}", e.getClass().getSimpleName());
    }
  }

  private void lockBeforeDeadline() {
    CallDeadline deadline = CallDeadline.current();
    try {
      if (deadline == null) {
        lock.lockInterruptibly();
      } else if (!lock.tryLock(deadline.remainingNanos(), TimeUnit.NANOSECONDS)) {
        throw new OAuthTokenException(-1, null, null, "No service-account token within "
            + deadline.describe() + ": another call is still waiting for the token endpoint "
            + baseUrl + "/api/oauth/token", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthTokenException(-1, null, null, "Interrupted while waiting for a service-account token", null);
    }
  }

  private boolean isLive(AccessToken token) {
    return token != null && clock.instant().isBefore(token.refreshAt());
  }

  private Request post(String path, byte[] form) {
    Map<String, Collection<String>> headers = Map.of(
        "Authorization", List.of(basicAuthorization),
        "Accept", List.of("application/json"),
        "Content-Type", List.of("application/x-www-form-urlencoded; charset=UTF-8"));
    return Request.create(Request.HttpMethod.POST, baseUrl + path, headers, form, StandardCharsets.UTF_8, null);
  }

  private AccessToken fetch(Client transport, Request.Options options) {
    Request request = post("/api/oauth/token",
        "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));
    Instant requestedAt = clock.instant();
    Request.Options noRedirects = new Request.Options(options.connectTimeout(), options.connectTimeoutUnit(),
        options.readTimeout(), options.readTimeoutUnit(), false);
    try (Response response = transport.execute(request, noRedirects)) {
      AccessToken token;
      try {
        token = toToken(response, readBody(response), requestedAt);
      } catch (OAuthTokenException e) {
        listener.tokenFetched(Outcome.REFUSED);
        throw e;
      }
      listener.tokenFetched(Outcome.SUCCESS);
      return token;
    } catch (AtlasResponseLimitException e) {
      listener.tokenFetched(Outcome.REFUSED);
      throw new OAuthTokenException(-1, null, null, "The token endpoint's answer was too large: "
          + e.getMessage(), e);
    } catch (IOException e) {
      listener.tokenFetched(Outcome.UNREACHABLE);
      throw new OAuthTokenException(-1, null, null,
          "Cannot reach the token endpoint " + baseUrl + "/api/oauth/token: " + e, e);
    }
  }

  private byte[] readBody(Response response) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      Integer length = response.body().length();
      return BoundedBody.read(in, length == null ? -1 : length, maxResponseBytes, baseUrl + "/api/oauth/token");
    }
  }

  private AccessToken toToken(Response response, byte[] body, Instant requestedAt) {
    int status = response.status();
    JsonNode json = readJson(body);
    if (status / 100 == 2 && json != null && json.path("access_token").isTextual()) {
      checkTokenType(status, json.get("token_type"));
      long expiresIn = expiresIn(status, json.get("expires_in"));
      logger.debug("Got a service-account token valid for {} s", expiresIn);
      Instant refreshAt = requestedAt.plusSeconds(expiresIn).minus(skew);
      return new AccessToken(json.get("access_token").asText(), refreshAt);
    }
    if (status / 100 == 3) {
      Collection<String> location = response.headers().get("Location");
      throw new OAuthTokenException(status, null, null, "The token endpoint answered HTTP " + status
          + (location == null || location.isEmpty() ? "" : " to " + location.iterator().next())
          + ". The redirect was not followed: the SDK never sends the client secret anywhere but "
          + baseUrl + "/api/oauth/token", null);
    }
    String error = json == null ? null : json.path("error").asText(null);
    String description = json == null ? null : json.path("error_description").asText(null);
    StringBuilder message = new StringBuilder("The token endpoint answered HTTP ").append(status);
    if (error != null) {
      message.append(' ').append(error);
      if (description != null) {
        message.append(": ").append(description);
      }
    } else if (json == null) {
      message.append(" with a body that is not JSON: ").append(ApiErrorParser.excerpt(body));
    } else {
      message.append(" without an access_token");
    }
    if ("invalid_client".equals(error) || status == 401) {
      message.append(". Check the service account's client id and secret (MONGODB_ATLAS_CLIENT_ID,"
          + " MONGODB_ATLAS_CLIENT_SECRET)");
    }
    throw new OAuthTokenException(status, safe(error), safe(description), safe(message.toString()), null);
  }

  private String safe(String serverText) {
    return SafeText.escapeControls(SafeText.redact(serverText, List.of(clientSecret)));
  }

  /** RFC 6749 section 7.1: only a bearer token (RFC 6750) is usable; absent reads as Bearer. */
  private static void checkTokenType(int status, JsonNode type) {
    if (type != null && !(type.isTextual() && type.asText().equalsIgnoreCase("Bearer"))) {
      throw new OAuthTokenException(status, null, null, "The token endpoint gave a token of type "
          + ApiErrorParser.excerpt(String.valueOf(type).getBytes(StandardCharsets.UTF_8))
          + "; only Bearer tokens can be used (RFC 6749 section 7.1), so no API call was made", null);
    }
  }

  /**
   * {@code expires_in} in seconds (RFC 6749 section 5.1): absent reads as 3600; beyond {@value
   * #MAX_EXPIRES_IN} it is clamped to that; anything but a positive number is refused.
   */
  private static long expiresIn(int status, JsonNode value) {
    if (value == null || value.isNull()) {
      return 3600;
    }
    if (!value.isNumber() || !(value.asDouble() > 0)) {
      throw new OAuthTokenException(status, null, null, "The token endpoint gave expires_in "
          + ApiErrorParser.excerpt(String.valueOf(value).getBytes(StandardCharsets.UTF_8))
          + "; expected a positive number of seconds", null);
    }
    return value.asDouble() >= MAX_EXPIRES_IN ? MAX_EXPIRES_IN : Math.max(1, value.asLong());
  }

  private JsonNode readJson(byte[] body) {
    try {
      JsonNode node = mapper.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
