package dev.peerkit.atlas.peering.client.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The request broke the spec's constraints and was not sent: nothing went over the network.
 * Each {@link Violation} names the field, the bad value and what is expected (for a pattern, the
 * spec's regular expression).
 */
public class AtlasValidationException extends AtlasException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** @param violations at least one violation */
  public AtlasValidationException(List<Violation> violations) {
    super(-1, "Invalid request, nothing was sent: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")), null);
    this.violations = List.copyOf(violations);
  }

  /** @return the violations, in a stable order */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * One broken constraint.
   *
   * @param field the parameter or body field, such as {@code groupId} or {@code body.vpcId}
   * @param value the rejected value, or {@code null} when it was missing
   * @param expected what the spec expects, such as {@code must match ^vpc-[0-9a-f]{17}$}
   */
  public record Violation(String field, Object value, String expected) {
    @Override
    public String toString() {
      return field + " " + (value == null ? "is missing" : "'" + value + "'") + ": " + expected;
    }
  }
}
