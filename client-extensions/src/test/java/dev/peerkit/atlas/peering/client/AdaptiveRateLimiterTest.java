package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitWaitException;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBuckets;
import feign.Feign;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The adaptive rate limiter against the simulator's real token bucket. Assertions count 429s and
 * requests, never elapsed time: pacing shows as every request succeeding with no 429 once the
 * bucket is known, though the requests far outnumber the capacity.
 */
class AdaptiveRateLimiterTest {

  private static final int REQUESTS = 20;

  @Test
  void sixteenThreadsSharingOneCapabilityLearnTheBucketFromOne429AndThenNeverHitAnEmptyOne() throws Exception {
    try (AtlasSimulator atlas = simulator(true);
        AtlasPeeringClient client = client(atlas, RetryPolicy.DEFAULT)) {
      NetworkPeeringApi feign = Feign.builder().addCapability(client.capability())
          .target(NetworkPeeringApi.class, atlas.baseUrl());

      List<PeeringConnection> updated = inParallel(16, REQUESTS, i -> i % 2 == 0
          ? client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Fixtures.aws())
          : feign.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Fixtures.aws(), null, null));

      TokenBuckets buckets = atlas.rateLimits().orElseThrow();
      AdaptiveRateLimitState state = client.capability().rateLimitState().orElseThrow();
      assertThat(updated).hasSize(REQUESTS).doesNotContainNull();
      assertThat(buckets.allowedCount()).isEqualTo(REQUESTS);
      assertThat(buckets.refusedCount()).as("only the probe that taught the refill").isEqualTo(1);
      assertThat(state.throttled()).isEqualTo(1);
      assertThat(state.throttledAfterLearning()).isZero();
      assertThat(state.learnedBucket()).contains(new RateLimitBucket(4, 4, Duration.ofSeconds(1)));
    }
  }

  @Test
  void withoutRateLimitHeadersItLearnsFromThe429sAloneAndIsNeverThrottledAfterwards() throws Exception {
    try (AtlasSimulator atlas = simulator(false);
        AtlasPeeringClient client = client(atlas, RetryPolicy.DEFAULT)) {
      List<PeeringConnection> updated = inParallel(16, REQUESTS,
          i -> client.updatePeeringConnection(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Fixtures.aws()));

      AdaptiveRateLimitState state = client.capability().rateLimitState().orElseThrow();
      assertThat(updated).hasSize(REQUESTS).doesNotContainNull();
      assertThat(atlas.rateLimits().orElseThrow().allowedCount()).isEqualTo(REQUESTS);
      // Blind until the first 429: at most the 16 requests then in flight meet the empty bucket.
      assertThat(atlas.rateLimits().orElseThrow().refusedCount()).isBetween(1L, 16L);
      assertThat(state.throttledAfterLearning()).isZero();
      assertThat(state.learnedBucket()).contains(new RateLimitBucket(4, 4, Duration.ofSeconds(1)));
    }
  }

  @Test
  void aWaitPastTheCallersDeadlineIsNotStartedAndSaysHowLongItWouldHaveBeen() {
    try (AtlasSimulator atlas = AtlasSimulator.builder()
            .rateLimit(TokenBucketPolicy.of(1, 1, 60)).build().start();
        AtlasPeeringClient client = client(atlas, RetryPolicy.DEFAULT)) {
      AtlasResponse<PeeringConnection> first = client.updatePeeringConnectionWithResponse(request());
      // The probe meets the empty bucket; its Retry-After (60 s) is past the deadline: not waited for.
      AtlasRateLimitException probe = (AtlasRateLimitException) catchThrown(() ->
          AtlasDeadline.within(Duration.ofSeconds(5), () -> client.updatePeeringConnection(request())));
      AtlasRateLimitWaitException paced = (AtlasRateLimitWaitException) catchThrown(() ->
          AtlasDeadline.within(Duration.ofSeconds(5), () -> client.updatePeeringConnection(request())));

      assertThat(first.rateLimit()).isEqualTo(RateLimit.from(java.util.Map.of(
          "RateLimit-Limit", List.of("1"), "RateLimit-Remaining", List.of("0"))));
      assertThat(probe.rateLimit().limit()).hasValue(1);
      assertThat(probe.rateLimit().remaining()).hasValue(0);
      assertThat(probe.bucket()).contains(new RateLimitBucket(1, 1, Duration.ofSeconds(60)));
      assertThat(probe.retryAfter().orElseThrow()).isGreaterThan(Duration.ofSeconds(5));
      assertThat(paced.requiredWait()).isGreaterThan(Duration.ofSeconds(50));
      assertThat(paced.allowedWait()).isLessThanOrEqualTo(Duration.ofSeconds(5));
      assertThat(paced.getMessage()).contains("capacity 1, refill 1 per 60 s", "nothing was sent");
      assertThat(atlas.rateLimits().orElseThrow().allowedCount()).isEqualTo(1);
      assertThat(atlas.rateLimits().orElseThrow().refusedCount()).as("the paced call sent nothing").isEqualTo(1);
    }
  }

  @Test
  void withoutACallersDeadlineTheConfiguredMaxWaitApplies() {
    try (AtlasSimulator atlas = AtlasSimulator.builder()
            .rateLimit(TokenBucketPolicy.of(1, 1, 60)).build().start();
        AtlasPeeringClient client = clientBuilder(atlas, RetryPolicy.NONE)
            .rateLimitMaxWait(Duration.ofSeconds(1)).build()) {
      client.updatePeeringConnection(request());
      assertThatThrownBy(() -> client.updatePeeringConnection(request()))
          .isInstanceOf(AtlasRateLimitException.class);

      assertThatThrownBy(() -> client.updatePeeringConnection(request()))
          .isInstanceOfSatisfying(AtlasRateLimitWaitException.class,
              e -> assertThat(e.allowedWait()).isEqualTo(Duration.ofSeconds(1)));
      assertThat(atlas.rateLimits().orElseThrow().refusedCount()).isEqualTo(1);
    }
  }

  @Test
  void theLimiterIsOptIn() {
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start();
        AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
            .serviceAccount(atlas.demoCredentials().clientId(), atlas.demoCredentials().clientSecret()).build()) {
      assertThat(client.capability().rateLimitState()).isEmpty();
    }
  }

  private static AtlasSimulator simulator(boolean headers) {
    return AtlasSimulator.builder().rateLimit(TokenBucketPolicy.of(4, 4, 1)).rateLimitHeaders(headers)
        .build().start();
  }

  private static AtlasPeeringClient client(AtlasSimulator atlas, RetryPolicy retries) {
    return clientBuilder(atlas, retries).build();
  }

  private static AtlasPeeringClientBuilder clientBuilder(AtlasSimulator atlas, RetryPolicy retries) {
    DemoCredentials demo = atlas.demoCredentials();
    return AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
        .serviceAccount(demo.clientId(), demo.clientSecret())
        .retryPolicy(retries).adaptiveRateLimiting(true);
  }

  private static UpdatePeeringConnectionRequest request() {
    return UpdatePeeringConnectionRequest.of(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, Fixtures.aws());
  }

  private static Throwable catchThrown(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("nothing was thrown");
  }

  interface Call {
    PeeringConnection run(int index);
  }

  private static List<PeeringConnection> inParallel(int threads, int calls, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<PeeringConnection>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int index = i;
        futures.add(pool.submit(() -> call.run(index)));
      }
      List<PeeringConnection> results = new ArrayList<>();
      for (Future<PeeringConnection> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
