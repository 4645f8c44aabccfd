package dev.peerkit.atlas.peering.simulator.endpoint;

import dev.peerkit.atlas.peering.simulator.fault.Fault;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.ApiException;

/** The ApiErrors of the JSON faults (429, 500, 503), shaped as Atlas sends them. */
final class FaultErrors {

  /** A proxy's error page, deliberately not JSON. */
  static final String BAD_GATEWAY_HTML =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
          + "</center></body></html>\n";

  private static final int BUCKET_CAPACITY = 10;
  private static final int BUCKET_WINDOW_SECONDS = 5;

  private FaultErrors() {}

  static ApiException of(Fault fault, String path) {
    return switch (fault.kind()) {
      case RATE_LIMITED -> rateLimited(fault.retryAfter().orElseThrow().toSeconds(), path);
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

  /** Mirrors the Atlas example: {@code parameters} = [path, retry after, limit, window, 60]. */
  private static ApiException rateLimited(long retryAfter, String path) {
    String detail =
        "Resource "
            + path
            + " is limited to "
            + BUCKET_CAPACITY
            + " requests every "
            + BUCKET_WINDOW_SECONDS
            + " seconds; retry after "
            + retryAfter
            + " seconds.";
    return new ApiException(
            ApiErrors.of(
                429,
                "RATE_LIMITED_TOKEN_BUCKET",
                detail,
                path,
                retryAfter,
                BUCKET_CAPACITY,
                BUCKET_WINDOW_SECONDS,
                60))
        .withHeader("Retry-After", String.valueOf(retryAfter))
        .withHeader("RateLimit-Limit", String.valueOf(BUCKET_CAPACITY))
        .withHeader("RateLimit-Remaining", "0");
  }
}
