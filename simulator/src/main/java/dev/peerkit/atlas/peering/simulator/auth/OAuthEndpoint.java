package dev.peerkit.atlas.peering.simulator.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.Json;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * What the token and revoke endpoints share: POST only, the client authenticated with HTTP Basic, a
 * form-urlencoded body, and OAuth-style JSON answers ({@code error}, {@code error_description}; RFC
 * 6749 §5.2) that are never cached.
 */
abstract class OAuthEndpoint extends Handler.Abstract {

  private static final String FORM = "application/x-www-form-urlencoded";

  private final ServiceAccountClients clients;

  OAuthEndpoint(ServiceAccountClients clients) {
    this.clients = clients;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      return error(response, callback, 405, "invalid_request", "Use POST.");
    }
    if (!clients.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
      // RFC 6749 §5.2: a failed Basic client authentication is a 401 with a Basic challenge.
      response
          .getHeaders()
          .put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"Atlas service accounts\"");
      return error(response, callback, 401, "invalid_client", "Client authentication failed.");
    }
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
      return error(
          response, callback, 400, "invalid_request", "Send the parameters as " + FORM + ".");
    }
    return handleForm(FormFields.getFields(request), response, callback);
  }

  /**
   * Handles the form of an authenticated POST.
   *
   * @param form the decoded form parameters
   * @param response the response
   * @param callback completed when the answer is written
   * @return {@code true}: the request is handled
   */
  abstract boolean handleForm(Fields form, Response response, Callback callback);

  static boolean ok(Response response, Callback callback, ObjectNode body) {
    noStore(response);
    Json.send(response, callback, 200, "application/json", body, false);
    return true;
  }

  static boolean error(
      Response response, Callback callback, int status, String error, String description) {
    ObjectNode body = Json.object().put("error", error).put("error_description", description);
    noStore(response);
    Json.send(response, callback, status, "application/json", body, false);
    return true;
  }

  private static void noStore(Response response) {
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(HttpHeader.PRAGMA, "no-cache");
  }
}
