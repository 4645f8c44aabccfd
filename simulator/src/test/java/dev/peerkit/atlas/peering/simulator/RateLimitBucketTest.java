package dev.peerkit.atlas.peering.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token bucket per endpoint set and project, on a clock the test moves. */
class RateLimitBucketTest {

  private static final String OTHER_GROUP = "aaaaaaaaaaaaaaaaaaaaaaaa";

  @Test
  void aFullBucketLetsCapacityThroughThenAnswersAtlas429ComputedFromTheBucket() {
    MutableClock clock = new MutableClock();
    try (AtlasSimulator atlas = limited(clock, 3, 1, 2, true)) {
      List<HttpResponse<String>> allowed = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        allowed.add(patch(atlas, SeedData.GROUP_ID));
      }
      HttpResponse<String> refused = patch(atlas, SeedData.GROUP_ID);

      assertThat(allowed).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200);
      assertThat(allowed).extracting(r -> r.headers().firstValue("RateLimit-Limit").orElseThrow())
          .containsExactly("3", "3", "3");
      assertThat(allowed).extracting(r -> r.headers().firstValue("RateLimit-Remaining").orElseThrow())
          .containsExactly("2", "1", "0");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(refused.headers().firstValue("RateLimit-Limit")).hasValue("3");
      assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
      String path = "/api/atlas/v2/groups/" + SeedData.GROUP_ID + "/peers/" + SeedData.AWS_PEER_ID;
      JsonNode error = Http.json(refused);
      assertThat(error.get("error").asInt()).isEqualTo(429);
      assertThat(error.get("errorCode").asText()).isEqualTo("RATE_LIMITED_TOKEN_BUCKET");
      assertThat(error.get("reason").asText()).isEqualTo("Too Many Requests");
      assertThat(error.get("detail").asText()).isEqualTo("Rate limit exceeded for " + path
          + ". Please retry after 2 seconds. Request capacity: 3. Refill rate: 1 per 2 seconds.");
      assertThat(error.get("parameters").toString()).isEqualTo("[\"" + path + "\",2,3,1,2]");
      assertThat(atlas.rateLimits().orElseThrow().refusedCount()).isEqualTo(1);
      assertThat(atlas.rateLimits().orElseThrow().allowedCount()).isEqualTo(3);
    }
  }

  @Test
  void tokensComeBackAtTheRefillRateAndNeverBeyondCapacity() {
    MutableClock clock = new MutableClock();
    try (AtlasSimulator atlas = limited(clock, 3, 1, 2, true)) {
      drain(atlas, 3);
      clock.advance(Duration.ofSeconds(1)); // half a token
      HttpResponse<String> halfway = patch(atlas, SeedData.GROUP_ID);
      clock.advance(Duration.ofSeconds(1)); // one token
      HttpResponse<String> refilled = patch(atlas, SeedData.GROUP_ID);
      HttpResponse<String> emptyAgain = patch(atlas, SeedData.GROUP_ID);
      clock.advance(Duration.ofSeconds(60)); // 30 tokens' worth, capped at 3
      List<Integer> afterLongPause = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        afterLongPause.add(patch(atlas, SeedData.GROUP_ID).statusCode());
      }

      assertThat(halfway.statusCode()).isEqualTo(429);
      assertThat(halfway.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(Http.json(halfway).get("parameters").get(1).asLong()).isEqualTo(1);
      assertThat(refilled.statusCode()).isEqualTo(200);
      assertThat(refilled.headers().firstValue("RateLimit-Remaining")).hasValue("0");
      assertThat(emptyAgain.statusCode()).isEqualTo(429);
      assertThat(afterLongPause).containsExactly(200, 200, 200, 429);
    }
  }

  @Test
  void eachProjectHasItsOwnBucket() {
    try (AtlasSimulator atlas = limited(new MutableClock(), 2, 1, 60, true)) {
      drain(atlas, 2);
      HttpResponse<String> otherProject = patch(atlas, OTHER_GROUP); // no such peer there: 404

      assertThat(patch(atlas, SeedData.GROUP_ID).statusCode()).isEqualTo(429);
      assertThat(otherProject.statusCode()).isEqualTo(404);
      assertThat(otherProject.headers().firstValue("RateLimit-Remaining")).hasValue("1");
    }
  }

  @Test
  void theHeadersCanBeLeftOutAsMongoDbSaysTheyMayBe() {
    try (AtlasSimulator atlas = limited(new MutableClock(), 1, 1, 5, false)) {
      HttpResponse<String> allowed = patch(atlas, SeedData.GROUP_ID);
      HttpResponse<String> refused = patch(atlas, SeedData.GROUP_ID);

      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.headers().firstValue("RateLimit-Limit")).isEmpty();
      assertThat(allowed.headers().firstValue("RateLimit-Remaining")).isEmpty();
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(refused.headers().firstValue("RateLimit-Remaining")).isEmpty();
      assertThat(Http.json(refused).get("parameters").toString()).endsWith(",5,1,1,5]");
    }
  }

  @Test
  void resetRefillsTheBucketsAndZeroesTheCounts() {
    try (AtlasSimulator atlas = limited(new MutableClock(), 1, 1, 60, true)) {
      drain(atlas, 1);
      assertThat(patch(atlas, SeedData.GROUP_ID).statusCode()).isEqualTo(429);

      atlas.reset();

      assertThat(atlas.rateLimits().orElseThrow().refusedCount()).isZero();
      assertThat(patch(atlas, SeedData.GROUP_ID).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void withoutRateLimitingAnswersCarryNoRateLimitHeaders() {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      HttpResponse<String> answer = patch(atlas, SeedData.GROUP_ID);

      assertThat(atlas.rateLimits()).isEmpty();
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("RateLimit-Limit")).isEmpty();
    }
  }

  private static AtlasSimulator limited(MutableClock clock, int capacity, int rate, int seconds, boolean headers) {
    return AtlasSimulator.builder().clock(clock).rateLimit(TokenBucketPolicy.of(capacity, rate, seconds))
        .rateLimitHeaders(headers).build().start();
  }

  private static void drain(AtlasSimulator atlas, int capacity) {
    for (int i = 0; i < capacity; i++) {
      assertThat(patch(atlas, SeedData.GROUP_ID).statusCode()).isEqualTo(200);
    }
  }

  private static HttpResponse<String> patch(AtlasSimulator atlas, String groupId) {
    String url = Http.peerUrl(atlas, groupId, SeedData.AWS_PEER_ID);
    return Http.send(Http.authorizedPatch(atlas, url, Bodies.AWS));
  }
}
