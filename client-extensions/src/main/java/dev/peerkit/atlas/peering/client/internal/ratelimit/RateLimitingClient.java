package dev.peerkit.atlas.peering.client.internal.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.AtlasDeadline;
import dev.peerkit.atlas.peering.client.RateLimit;
import dev.peerkit.atlas.peering.client.RateLimitBucket;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Feign {@link Client} decorator that sends Atlas API requests through the {@link
 * AdaptiveRateLimiter} and feeds it every answer: the {@code RateLimit-*} headers, and for a 429
 * (also inside an envelope) the bucket stated in its {@code parameters}. Other requests (the token
 * endpoint, other hosts) pass through.
 */
public final class RateLimitingClient implements Client {

  /** A 429 body beyond this is not read for its parameters (it is passed on whole). */
  private static final int MAX_BODY = 64 * 1024;

  private final Client delegate;
  private final AtlasSettings settings;
  private final AdaptiveRateLimiter limiter;
  private final Duration maxWait;
  private final ObjectMapper mapper;

  /**
   * @param delegate the transport (with auth)
   * @param settings the base URL that is rate limited
   * @param limiter the capability's limiter
   * @param maxWait the longest wait when the caller set no {@link AtlasDeadline}
   * @param mapper reads 429 bodies
   */
  public RateLimitingClient(Client delegate, AtlasSettings settings, AdaptiveRateLimiter limiter,
      Duration maxWait, ObjectMapper mapper) {
    this.delegate = delegate;
    this.settings = settings;
    this.limiter = limiter;
    this.maxWait = maxWait;
    this.mapper = mapper;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (!settings.targets(request.url()) || !request.url().contains("/api/atlas/")) {
      return delegate.execute(request, options);
    }
    AdaptiveRateLimiter.Permit permit = limiter.acquire(AtlasDeadline.remaining().orElse(maxWait));
    int status = 0;
    RateLimit headers = new RateLimit(OptionalLong.empty(), OptionalLong.empty());
    Optional<RateLimitBucket> bucket = Optional.empty();
    try {
      Response response = delegate.execute(request, options);
      status = response.status();
      headers = RateLimit.from(response.headers());
      if ((status == 429 || hasRetryAfter(response)) && response.body() != null) {
        InputStream in = response.body().asInputStream();
        byte[] head = in.readNBytes(MAX_BODY + 1);
        if (head.length <= MAX_BODY) {
          in.close(); // read whole: frees the connection
        }
        Optional<JsonNode> error = head.length <= MAX_BODY ? parse(head) : Optional.empty();
        if (error.isPresent()) {
          status = error.get().path("error").asInt(status);
          bucket = status == 429 ? RateLimitBucket.fromParameters(parameters(error.get())) : Optional.empty();
        }
        response = response.toBuilder().body(head.length <= MAX_BODY ? new ByteArrayInputStream(head)
            : new SequenceInputStream(new ByteArrayInputStream(head), in), null).build();
      }
      return response;
    } finally {
      limiter.release(permit, status, headers, bucket);
    }
  }

  private static boolean hasRetryAfter(Response response) {
    Collection<String> values = response.headers().get("Retry-After");
    return values != null && !values.isEmpty();
  }

  /** The ApiError, unwrapped from an envelope ({@code {"status":429,"content":{...}}}). */
  private Optional<JsonNode> parse(byte[] body) {
    try {
      JsonNode root = mapper.readTree(body);
      if (root != null && root.has("content") && root.path("status").isInt()) {
        root = root.get("content");
      }
      return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  private static List<Object> parameters(JsonNode error) {
    List<Object> values = new ArrayList<>();
    error.path("parameters").forEach(p -> values.add(p.isNumber() ? p.numberValue() : p.asText()));
    return values;
  }
}
