package dev.peerkit.atlas.peering.client.auth;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feign {@link Client} decorator for service accounts: sends {@code Authorization: Bearer
 * <token>} (RFC 6750 section 2.1), and when the API answers 401 it drops that token, fetches a
 * new one and sends the request once more. Only one retry: a second 401 reaches the caller.
 */
public final class BearerTokenClient implements Client {

  private final Client delegate;
  private final ServiceAccountTokenProvider tokens;

  /**
   * @param delegate the transport
   * @param tokens the token cache
   */
  public BearerTokenClient(Client delegate, ServiceAccountTokenProvider tokens) {
    this.delegate = delegate;
    this.tokens = tokens;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    String token = tokens.token();
    Response response = delegate.execute(withBearer(request, token), options);
    if (response.status() != 401) {
      return response;
    }
    response.close();
    tokens.invalidate(token);
    return delegate.execute(withBearer(request, tokens.token()), options);
  }

  private static Request withBearer(Request request, String token) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
    headers.keySet().removeIf("Authorization"::equalsIgnoreCase);
    headers.put("Authorization", List.of("Bearer " + token));
    return Request.create(request.httpMethod(), request.url(), headers, request.body(),
        request.charset(), request.requestTemplate());
  }
}
