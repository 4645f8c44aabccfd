package dev.peerkit.atlas.peering.client.errors;

import dev.peerkit.atlas.peering.generated.model.BadRequestDetail;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an Atlas error response said: the HTTP status, the {@code ApiError} fields when the body was
 * JSON, the response headers, and an excerpt of a body that was not JSON.
 *
 * @param status HTTP status (or an envelope's inner {@code status})
 * @param errorCode {@code errorCode}, or {@code null}
 * @param detail {@code detail}, or {@code null}
 * @param reason {@code reason}, or {@code null}
 * @param parameters {@code parameters}, never {@code null}
 * @param badRequestDetail {@code badRequestDetail}, or {@code null}
 * @param headers response headers, never {@code null}, looked up case-insensitively
 * @param bodyExcerpt the start of a non-JSON body, or {@code null}
 */
public record ApiErrorDetails(
    int status,
    String errorCode,
    String detail,
    String reason,
    List<Object> parameters,
    BadRequestDetail badRequestDetail,
    Map<String, Collection<String>> headers,
    String bodyExcerpt) {}
