package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of a {@code --batch} report: {@code {"line", "groupId", "peerId", "outcome",
 * "httpStatus", "errorCode", "exitCode", "reason", "answer"}}. Outcomes: {@code SUCCEEDED}, {@code
 * ATLAS_ERROR} (final unless 429 or 5xx), {@code INVALID} (nothing sent), {@code TRANSPORT_ERROR}
 * and {@code INTERRUPTED} (not final: {@code --resume} sends them again).
 */
final class BatchOutcome {

  static final String SUCCEEDED = "SUCCEEDED";
  static final String ATLAS_ERROR = "ATLAS_ERROR";
  static final String INVALID = "INVALID";
  static final String TRANSPORT_ERROR = "TRANSPORT_ERROR";
  static final String INTERRUPTED = "INTERRUPTED";

  private BatchOutcome() {}

  static ObjectNode of(ObjectMapper mapper, int line, String groupId, String peerId, String outcome,
      int httpStatus, String errorCode, int exitCode, String reason, JsonNode answer) {
    ObjectNode node = mapper.createObjectNode();
    node.put("line", line);
    node.put("groupId", groupId);
    node.put("peerId", peerId);
    node.put("outcome", outcome);
    if (httpStatus > 0) {
      node.put("httpStatus", httpStatus);
    } else {
      node.putNull("httpStatus");
    }
    node.put("errorCode", errorCode);
    node.put("exitCode", exitCode);
    node.put("reason", reason);
    node.set("answer", answer);
    return node;
  }

  /** Whether {@code --resume} may skip the line: its outcome will not change by sending it again. */
  static boolean isFinal(JsonNode outcome) {
    String kind = outcome.path("outcome").asText();
    int status = outcome.path("httpStatus").asInt(0);
    return kind.equals(SUCCEEDED) || kind.equals(INVALID)
        || (kind.equals(ATLAS_ERROR) && status != 429 && status < 500);
  }
}
