package dev.peerkit.atlas.peering.simulator.auth;

import dev.peerkit.atlas.peering.simulator.http.Json;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * {@code POST /api/oauth/revoke}: token revocation (RFC 7009). Form {@code token=...} (a {@code
 * token_type_hint} is accepted and not needed). Answers 200 with an empty JSON object, also for
 * unknown tokens (RFC 7009 §2.2); 400 {@code invalid_request} without {@code token}; 401 {@code
 * invalid_client} for a wrong client.
 */
public final class RevokeEndpoint extends OAuthEndpoint {

  private final OAuthTokens tokens;

  /**
   * Creates the endpoint.
   *
   * @param clients authenticates the service account
   * @param tokens the tokens to revoke from
   */
  public RevokeEndpoint(ServiceAccountClients clients, OAuthTokens tokens) {
    super(clients);
    this.tokens = tokens;
  }

  @Override
  boolean handleForm(Fields form, Response response, Callback callback) {
    String token = form.getValue("token");
    if (token == null || token.isEmpty()) {
      return error(response, callback, 400, "invalid_request", "token is required.");
    }
    tokens.revoke(token);
    return ok(response, callback, Json.object());
  }
}
