package dev.peerkit.atlas.peering.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Builds Atlas {@code ApiError} bodies ({@code components/schemas/ApiError} in the spec): {@code
 * error} (the HTTP status), {@code errorCode}, {@code reason} (the status phrase), {@code detail},
 * {@code parameters} and, for validation errors, {@code badRequestDetail.fields[]}.
 */
public final class ApiErrors {

  /** Content type of every error body the simulator writes. */
  public static final String CONTENT_TYPE = "application/json";

  private ApiErrors() {}

  /**
   * Builds an ApiError.
   *
   * @param status HTTP status code, e.g. 404
   * @param errorCode Atlas error code, e.g. {@code RESOURCE_NOT_FOUND}
   * @param detail human-readable explanation
   * @param parameters values named in {@code detail}; strings and numbers are written as such,
   *     anything else as its {@code toString()}
   * @return the ApiError body
   */
  public static ObjectNode of(int status, String errorCode, String detail, Object... parameters) {
    ObjectNode error = Json.object();
    error.put("error", status);
    error.put("errorCode", errorCode);
    // Atlas says "Internal Server Error" where Jetty's phrase is "Server Error".
    error.put("reason", status == 500 ? "Internal Server Error" : HttpStatus.getMessage(status));
    error.put("detail", detail);
    ArrayNode params = error.putArray("parameters");
    for (Object parameter : parameters) {
      if (parameter instanceof Number number) {
        params.add(number.longValue());
      } else {
        params.add(String.valueOf(parameter));
      }
    }
    return error;
  }

  /**
   * Builds a 400 {@code VALIDATION_ERROR} with one {@code badRequestDetail.fields[]} entry per
   * violation; {@code parameters} holds the offending field names.
   *
   * @param detail human-readable summary
   * @param violations the field violations, at least one
   * @return the ApiError body
   */
  public static ObjectNode validation(String detail, List<FieldViolation> violations) {
    ObjectNode error =
        of(
            400,
            "VALIDATION_ERROR",
            detail,
            violations.stream().map(FieldViolation::field).distinct().toArray());
    ArrayNode fields = error.putObject("badRequestDetail").putArray("fields");
    for (FieldViolation violation : violations) {
      fields
          .addObject()
          .put("field", violation.field())
          .put("description", violation.description());
    }
    return error;
  }
}
