package dev.peerkit.atlas.peering.simulator.endpoint;

import dev.peerkit.atlas.peering.simulator.fault.Fault;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;
import dev.peerkit.atlas.peering.simulator.ratelimit.RateLimitErrors;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;

/** The ApiErrors of the JSON faults (429, 500, 503), shaped as Atlas sends them. */
final class FaultErrors {

  /** A proxy's error page, deliberately not JSON. */
  static final String BAD_GATEWAY_HTML =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
          + "</center></body></html>\n";

  /** The bucket a 429 fault describes when the simulator has no rate limiting of its own. */
  static final TokenBucketPolicy DEFAULT_POLICY = TokenBucketPolicy.of(10, 5, 60);

  private FaultErrors() {}

  static ApiException of(Fault fault, String path, TokenBucketPolicy policy, boolean headers) {
    return switch (fault.kind()) {
      case RATE_LIMITED -> RateLimitErrors.tooManyRequests(
          path, fault.retryAfter().orElseThrow().toSeconds(), policy, headers);
      case SERVICE_UNAVAILABLE -> {
        ApiException error =
            new ApiException(
                ApiErrors.of(503, "SERVICE_UNAVAILABLE", "Service temporarily unavailable."));
        fault
            .retryAfter()
            .ifPresent(wait -> error.withHeader("Retry-After", String.valueOf(wait.toSeconds())));
        yield error;
      }
      default -> new ApiException(ApiErrors.of(500, "UNEXPECTED_ERROR", "Unexpected error."));
    };
  }
}
