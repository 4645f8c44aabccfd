package dev.peerkit.atlas.peering.client.internal.codec;

import dev.peerkit.atlas.peering.client.errors.ApiErrorDetails;
import dev.peerkit.atlas.peering.client.errors.AtlasBadRequestException;
import dev.peerkit.atlas.peering.client.errors.AtlasConflictException;
import dev.peerkit.atlas.peering.client.errors.AtlasForbiddenException;
import dev.peerkit.atlas.peering.client.errors.AtlasGoneException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotAcceptableException;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasRateLimitException;
import dev.peerkit.atlas.peering.client.errors.AtlasServerException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnauthorizedException;
import dev.peerkit.atlas.peering.client.errors.AtlasUnexpectedStatusException;
import dev.peerkit.atlas.peering.client.internal.retry.RetryAfter;
import feign.FeignException;
import feign.Request;
import java.time.Clock;

/** Chooses the exception class for an Atlas error answer and writes its message. */
public final class AtlasApiExceptions {

  private AtlasApiExceptions() {}

  /**
   * @param details what the response said
   * @param request the request that was answered, or {@code null}
   * @param body the error body as received
   * @param apiVersion the API version the request was sent with, such as {@code 2025-03-12}
   * @param clock clock used to turn an HTTP-date {@code Retry-After} into a wait
   * @return Feign's per-status exception for {@code details.status()}, implementing {@code AtlasApiError}
   */
  public static FeignException of(ApiErrorDetails details, Request request, byte[] body,
      String apiVersion, Clock clock) {
    // Server text goes into logs and terminals: no escape sequences, no bidi overrides.
    String message = SafeText.escapeControls(message(details, apiVersion, clock));
    return switch (details.status()) {
      case 400 -> new AtlasBadRequestException(details, message, request, body);
      case 401 -> new AtlasUnauthorizedException(details, message, request, body);
      case 403 -> new AtlasForbiddenException(details, message, request, body);
      case 404 -> new AtlasNotFoundException(details, message, request, body);
      case 406 -> new AtlasNotAcceptableException(details, message, request, body);
      case 409 -> new AtlasConflictException(details, message, request, body);
      case 410 -> new AtlasGoneException(details, message, request, body);
      case 429 -> new AtlasRateLimitException(details, message, request, body,
          RetryAfter.fromHeaders(details.headers(), clock).orElse(null));
      default -> details.status() >= 500
          ? new AtlasServerException(details, message, request, body)
          : new AtlasUnexpectedStatusException(details, message, request, body);
    };
  }

  private static String location(ApiErrorDetails details) {
    var values = details.headers().get("Location");
    return values == null || values.isEmpty() ? "" : " to " + values.iterator().next();
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
    if (details.status() == 401) {
      message.append(Challenges.describe(details.headers()));
    }
    if (details.status() / 100 == 3) {
      message.append(". The redirect").append(location(details)).append(" was not followed: the SDK never"
          + " follows redirects, so a PATCH and its credentials go to the configured base URL only");
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
