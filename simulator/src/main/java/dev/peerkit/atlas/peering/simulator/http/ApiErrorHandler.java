package dev.peerkit.atlas.peering.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Turns the errors Jetty writes itself (the Digest 401 challenge, 404 for unknown paths, 400 for
 * unparsable requests, 500 for uncaught exceptions) into Atlas-style ApiError JSON instead of
 * Jetty's HTML pages. Headers set before the error, such as {@code WWW-Authenticate}, are kept.
 */
public final class ApiErrorHandler extends ErrorHandler {

  /** Creates the handler. */
  public ApiErrorHandler() {
    setShowStacks(false);
  }

  /**
   * Returns {@code true} for every method: Jetty's default writes bodies only for GET, POST and
   * HEAD, and the API endpoint is a PATCH.
   *
   * @param method the request method
   * @return always {@code true}
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    Json.send(response, callback, code, ApiErrors.CONTENT_TYPE, body(request, code), false);
  }

  private static ObjectNode body(Request request, int code) {
    String path = request.getHttpURI().getPath();
    return switch (code) {
      case HttpStatus.UNAUTHORIZED_401 ->
          ApiErrors.of(code, "UNAUTHORIZED", "You are not authorized for this resource.");
      case HttpStatus.NOT_FOUND_404 ->
          ApiErrors.of(code, "RESOURCE_NOT_FOUND", "Cannot find resource " + path + ".", path);
      case HttpStatus.METHOD_NOT_ALLOWED_405 ->
          ApiErrors.of(code, "METHOD_NOT_ALLOWED", "Method not allowed on " + path + ".", path);
      case HttpStatus.INTERNAL_SERVER_ERROR_500 ->
          ApiErrors.of(code, "UNEXPECTED_ERROR", "Unexpected error.");
      default ->
          ApiErrors.of(
              code,
              HttpStatus.getMessage(code).toUpperCase(Locale.ROOT).replace(' ', '_'),
              HttpStatus.getMessage(code) + ".");
    };
  }
}
