package dev.peerkit.atlas.peering.simulator.http;

import java.util.Objects;

/**
 * One entry of {@code badRequestDetail.fields[]} in an ApiError ({@code
 * components/schemas/FieldViolation}).
 *
 * @param field path to the offending field, such as {@code vpcId}
 * @param description why the field is bad, such as {@code must match "^vpc-[0-9a-f]{17}$"}
 */
public record FieldViolation(String field, String description) {

  /**
   * Checks that both parts are present.
   *
   * @param field path to the offending field
   * @param description why the field is bad
   * @throws NullPointerException if {@code field} or {@code description} is {@code null}
   */
  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(description, "description");
  }
}
