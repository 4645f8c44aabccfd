package dev.peerkit.atlas.peering.simulator.auth;

import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.http.ApiErrors;
import dev.peerkit.atlas.peering.simulator.http.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The API accepts a service-account bearer token or an API-key Digest response. A request with
 * {@code Authorization: Bearer} is decided here: a live token goes straight to the API, anything
 * else gets 401 with {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750 §3). Every
 * other request goes through the wrapped Jetty {@link SecurityHandler}, which checks Digest and,
 * without it, challenges with {@code WWW-Authenticate: Digest ...}.
 */
public final class BearerOrDigestHandler extends Handler.Wrapper {

  private static final String BEARER = "Bearer ";

  private final OAuthTokens tokens;
  private final Handler api;

  /**
   * Creates the dispatcher.
   *
   * @param tokens decides whether a bearer token is live
   * @param digest the Digest security handler; its wrapped handler is the API
   */
  public BearerOrDigestHandler(OAuthTokens tokens, SecurityHandler digest) {
    super(digest);
    this.tokens = tokens;
    this.api = digest.getHandler();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return super.handle(request, response, callback);
    }
    if (tokens.isLive(authorization.substring(BEARER.length()).trim())) {
      return api.handle(request, response, callback);
    }
    response
        .getHeaders()
        .put(
            HttpHeader.WWW_AUTHENTICATE,
            "Bearer realm=\"" + DemoCredentials.DIGEST_REALM + "\", error=\"invalid_token\"");
    Json.send(
        response,
        callback,
        401,
        ApiErrors.CONTENT_TYPE,
        ApiErrors.of(401, "UNAUTHORIZED", "The access token is unknown, expired or revoked."),
        false);
    return true;
  }
}
