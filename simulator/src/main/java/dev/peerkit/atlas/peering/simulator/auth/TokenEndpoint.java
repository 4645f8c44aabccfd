package dev.peerkit.atlas.peering.simulator.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.http.Json;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * {@code POST /api/oauth/token}: the client credentials grant (RFC 6749 §4.4). Answers 200 {@code
 * {"access_token", "expires_in", "token_type":"Bearer"}}, 401 {@code invalid_client}, or 400 {@code
 * invalid_request} (no {@code grant_type}) / {@code unsupported_grant_type}. Every request is
 * counted, so tests can prove a client fetches tokens only once.
 */
public final class TokenEndpoint extends OAuthEndpoint {

  private final OAuthTokens tokens;

  /**
   * Creates the endpoint.
   *
   * @param clients authenticates the service account
   * @param tokens issues tokens and counts requests
   */
  public TokenEndpoint(ServiceAccountClients clients, OAuthTokens tokens) {
    super(clients);
    this.tokens = tokens;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    tokens.countRequest();
    return super.handle(request, response, callback);
  }

  @Override
  boolean handleForm(Fields form, Response response, Callback callback) {
    String grantType = form.getValue("grant_type");
    if (grantType == null || grantType.isEmpty()) {
      return error(response, callback, 400, "invalid_request", "grant_type is required.");
    }
    if (!"client_credentials".equals(grantType)) {
      return error(
          response,
          callback,
          400,
          "unsupported_grant_type",
          "Only grant_type=client_credentials is supported.");
    }
    OAuthTokens.Issued issued = tokens.issue();
    ObjectNode body =
        Json.object()
            .put("access_token", issued.value())
            .put("expires_in", issued.expiresIn())
            .put("token_type", "Bearer");
    return ok(response, callback, body);
  }
}
