package dev.peerkit.atlas.peering.client.errors;

import dev.peerkit.atlas.peering.client.retry.RetryAfter;
import java.time.Clock;

/** Chooses the {@link AtlasApiException} subtype for an error answer and writes its message. */
public final class AtlasApiExceptions {

  private AtlasApiExceptions() {}

  /**
   * @param details what the response said
   * @param apiVersion the API version the request was sent with, such as {@code 2025-03-12}
   * @param clock clock used to turn an HTTP-date {@code Retry-After} into a wait
   * @return the exception of the subtype for {@code details.status()}
   */
  public static AtlasApiException of(ApiErrorDetails details, String apiVersion, Clock clock) {
    String message = message(details, apiVersion, clock);
    return switch (details.status()) {
      case 400 -> new AtlasBadRequestException(details, message);
      case 401 -> new AtlasUnauthorizedException(details, message);
      case 403 -> new AtlasForbiddenException(details, message);
      case 404 -> new AtlasNotFoundException(details, message);
      case 406 -> new AtlasNotAcceptableException(details, message);
      case 409 -> new AtlasConflictException(details, message);
      case 410 -> new AtlasGoneException(details, message);
      case 429 -> new AtlasRateLimitException(details, message,
          RetryAfter.fromHeaders(details.headers(), clock).orElse(null));
      default -> details.status() >= 500
          ? new AtlasServerException(details, message)
          : new AtlasApiException(details, message);
    };
  }

  private static String location(ApiErrorDetails details) {
    return details.headers().entrySet().stream()
        .filter(h -> "location".equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty())
        .map(h -> " to " + h.getValue().iterator().next()).findFirst().orElse("");
  }

  private static String message(ApiErrorDetails details, String apiVersion, Clock clock) {
    StringBuilder message = new StringBuilder("HTTP ").append(details.status());
    if (details.errorCode() != null) {
      message.append(' ').append(details.errorCode());
    }
    if (details.detail() != null) {
      message.append(": ").append(details.detail());
    } else if (details.bodyExcerpt() != null) {
      message.append(details.bodyExcerpt().isEmpty() ? " with an empty body"
          : " with a non-JSON body: " + details.bodyExcerpt());
    }
    if (details.status() == 429 || details.status() == 503) {
      RetryAfter.fromHeaders(details.headers(), clock)
          .ifPresent(wait -> message.append(" (Retry-After: ").append(wait.toSeconds()).append(" s)"));
    }
    if (details.status() / 100 == 3) {
      message.append(". The redirect").append(location(details)).append(" was not followed: HttpClient"
          + " does not follow a redirect to another host with credentials, and the SDK never sends"
          + " them anywhere but the configured base URL");
    } else if (details.status() == 406) {
      message.append(". The request asked for API version ").append(apiVersion)
          .append(" (Accept: application/vnd.atlas.").append(apiVersion)
          .append("+json), which Atlas did not accept; pin a version Atlas serves for this resource,"
              + " such as 2023-01-01 or 2025-03-12, with the builder's apiVersion(...)");
    } else if (details.status() == 410) {
      message.append(". API version ").append(apiVersion)
          .append(" has been retired; upgrade the SDK or pin a current version with the builder's"
              + " apiVersion(...)");
    }
    return message.toString();
  }
}
