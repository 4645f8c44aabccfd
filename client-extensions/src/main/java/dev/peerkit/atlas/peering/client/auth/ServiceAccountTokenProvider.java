package dev.peerkit.atlas.peering.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.errors.ApiErrorParser;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;
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
 *   <li>{@link #revoke()}: {@code POST {base}/api/oauth/revoke} with form {@code token} and
 *       {@code token_type_hint=access_token}, Basic auth.
 * </ul>
 *
 * <p>Thread-safe. Neither the client secret nor a token is ever logged or put in a message.
 */
public final class ServiceAccountTokenProvider {

  /** Revoking is best effort at shutdown: never hold {@code close()} longer than this. */
  private static final Timeout REVOKE_TIMEOUT = Timeout.ofSeconds(5);

  private final CloseableHttpClient http;
  private final String baseUrl;
  private final String basicAuthorization;
  private final Duration skew;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final Logger logger;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile AccessToken current;

  /**
   * @param http the HTTP client (shared with the API calls)
   * @param baseUrl Atlas base URL, such as {@code https://cloud.mongodb.com}
   * @param clientId the service account's client id
   * @param clientSecret the service account's client secret
   * @param skew how long before {@code expires_in} runs out a token is replaced
   * @param clock the clock expiry is measured on
   * @param mapper reads the token response
   * @param logger where token fetches are logged (no secret, no token)
   */
  public ServiceAccountTokenProvider(CloseableHttpClient http, String baseUrl, String clientId,
      String clientSecret, Duration skew, Clock clock, ObjectMapper mapper, Logger logger) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (formEncode(clientId) + ":" + formEncode(clientSecret)).getBytes(StandardCharsets.UTF_8));
    this.skew = skew;
    this.clock = clock;
    this.mapper = mapper;
    this.logger = logger;
  }

  /**
   * Returns a live access token, fetching one if none is cached or the cached one is due.
   *
   * @return the bearer token value
   * @throws OAuthTokenException if the token endpoint refuses or fails
   */
  public String token() {
    AccessToken token = current;
    if (isLive(token)) {
      return token.value();
    }
    lock.lock();
    try {
      token = current;
      if (!isLive(token)) {
        token = fetch();
        current = token;
      }
      return token.value();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Drops the cached token if it is the given one, so the next {@link #token()} fetches anew.
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
   * Revokes the cached token, if any, at {@code POST {base}/api/oauth/revoke}, waiting at most
   * 5 seconds for the answer. Failures are logged at WARN, not thrown: revoking is best effort at
   * shutdown.
   */
  public void revoke() {
    AccessToken token;
    lock.lock();
    try {
      token = current;
      current = null;
    } finally {
      lock.unlock();
    }
    if (token == null) {
      return;
    }
    HttpPost post = new HttpPost(baseUrl + "/api/oauth/revoke");
    post.setConfig(RequestConfig.custom().setResponseTimeout(REVOKE_TIMEOUT).build());
    post.setHeader(HttpHeaders.AUTHORIZATION, basicAuthorization);
    post.setEntity(new UrlEncodedFormEntity(List.of(
        new BasicNameValuePair("token", token.value()),
        new BasicNameValuePair("token_type_hint", "access_token")), StandardCharsets.UTF_8));
    try {
      int status = http.execute(post, response -> {
        EntityUtils.consume(response.getEntity());
        return response.getCode();
      });
      if (status / 100 != 2) {
        logger.warn("Revoking the service-account token got HTTP {}", status);
      }
    } catch (IOException e) {
      logger.warn("Revoking the service-account token failed: {}", e.toString());
    }
  }

  private boolean isLive(AccessToken token) {
    return token != null && clock.instant().isBefore(token.refreshAt());
  }

  private AccessToken fetch() {
    HttpPost post = new HttpPost(baseUrl + "/api/oauth/token");
    post.setHeader(HttpHeaders.AUTHORIZATION, basicAuthorization);
    post.setHeader(HttpHeaders.ACCEPT, "application/json");
    post.setEntity(new UrlEncodedFormEntity(
        List.of(new BasicNameValuePair("grant_type", "client_credentials")), StandardCharsets.UTF_8));
    Instant requestedAt = clock.instant();
    try {
      return http.execute(post, response -> {
        byte[] body = response.getEntity() == null ? new byte[0]
            : EntityUtils.toByteArray(response.getEntity());
        return toToken(response.getCode(), body, requestedAt);
      });
    } catch (IOException e) {
      throw new OAuthTokenException(-1, null, null,
          "Cannot reach the token endpoint " + baseUrl + "/api/oauth/token: " + e, e);
    }
  }

  private AccessToken toToken(int status, byte[] body, Instant requestedAt) {
    JsonNode json = readJson(body);
    if (status / 100 == 2 && json != null && json.path("access_token").isTextual()) {
      long expiresIn = json.path("expires_in").asLong(3600);
      logger.debug("Got a service-account token valid for {} s", expiresIn);
      Instant refreshAt = requestedAt.plusSeconds(expiresIn).minus(skew);
      return new AccessToken(json.get("access_token").asText(), refreshAt);
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
      message.append(" with a body that is not JSON: ")
          .append(ApiErrorParser.excerpt(body));
    } else {
      message.append(" without an access_token");
    }
    if ("invalid_client".equals(error) || status == 401) {
      message.append(". Check the service account's client id and secret (MONGODB_ATLAS_CLIENT_ID,"
          + " MONGODB_ATLAS_CLIENT_SECRET)");
    }
    throw new OAuthTokenException(status, error, description, message.toString(), null);
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
