package dev.peerkit.atlas.peering.client.internal;

import dev.peerkit.atlas.peering.client.internal.auth.ServiceAccountTokenProvider;
import dev.peerkit.atlas.peering.client.internal.transport.DeprecationWatcher;
import dev.peerkit.atlas.peering.client.internal.transport.UserAgent;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feign {@link Client} decorator, the one place where a request bound for Atlas gets its headers
 * and credentials: {@code Accept}/{@code Content-Type} (the versioned media type), {@code
 * User-Agent}, and for service accounts {@code Authorization: Bearer} (RFC 6750 section 2.1). A 401
 * answer to a bearer token drops the token and sends the request once more with a new one.
 *
 * <p>Credentials are added here, below Feign's logger, so no Feign logger can print them, and only
 * to requests for the configured base URL: other requests through a shared Feign stack pass
 * through as they are. Works over any Feign {@code Client}.
 */
public final class AtlasClient implements Client {

  private static final String USER_AGENT = UserAgent.value();

  private final Client delegate;
  private final AtlasSettings settings;
  private final ServiceAccountTokenProvider tokens;
  private final DeprecationWatcher deprecations;

  /**
   * @param delegate the transport
   * @param settings the capability's options
   * @param tokens the service-account token cache, or {@code null} for API keys (Digest is done
   *     inside the HttpClient 5 transport)
   * @param deprecations notices {@code Deprecation}/{@code Sunset} headers
   */
  public AtlasClient(Client delegate, AtlasSettings settings, ServiceAccountTokenProvider tokens,
      DeprecationWatcher deprecations) {
    this.delegate = delegate;
    this.settings = settings;
    this.tokens = tokens;
    this.deprecations = deprecations;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (!settings.targets(request.url())) {
      return delegate.execute(request, options);
    }
    Response response;
    if (tokens == null) {
      response = delegate.execute(withHeaders(request, null), options);
    } else {
      String token = tokens.token(delegate, options);
      response = delegate.execute(withHeaders(request, token), options);
      if (response.status() == 401) {
        response.close();
        tokens.invalidate(token);
        response = delegate.execute(withHeaders(request, tokens.token(delegate, options)), options);
      }
    }
    deprecations.watch(request, response);
    return response;
  }

  private Request withHeaders(Request request, String bearer) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    headers.put("Accept", List.of(settings.mediaType()));
    if (request.body() != null) {
      headers.put("Content-Type", List.of(settings.mediaType()));
    }
    headers.put("User-Agent", List.of(USER_AGENT));
    if (bearer != null) {
      headers.put("Authorization", List.of("Bearer " + bearer));
    } else {
      headers.remove("Authorization");
    }
    return Request.create(request.httpMethod(), request.url(), headers, request.body(),
        request.charset(), request.requestTemplate());
  }
}
