package dev.peerkit.atlas.peering.client.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;

/**
 * A successful answer as Atlas sent it, before typing: what callers need when the typed model
 * would lose something, such as a status value newer than this SDK or a field it does not know.
 *
 * @param status the HTTP status
 * @param headers the response headers, such as {@code RateLimit-Remaining}
 * @param json the resource's JSON as Atlas sent it, already unwrapped from an envelope
 */
public record DecodedAnswer(int status, Map<String, Collection<String>> headers, JsonNode json) {}
