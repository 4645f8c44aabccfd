package dev.peerkit.atlas.peering.client.internal;

import dev.peerkit.atlas.peering.client.AtlasCredentials;
import dev.peerkit.atlas.peering.client.internal.auth.ServiceAccountTokenProvider;
import dev.peerkit.atlas.peering.client.internal.codec.SafeText;
import dev.peerkit.atlas.peering.client.internal.transport.BoundedBody;
import dev.peerkit.atlas.peering.client.internal.transport.CallDeadline;
import dev.peerkit.atlas.peering.client.internal.transport.DeprecationWatcher;
import dev.peerkit.atlas.peering.client.internal.transport.UserAgent;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feign {@link Client} decorator, the one place where a request bound for Atlas gets its headers
 * and credentials: {@code Accept}/{@code Content-Type} (the versioned media type), {@code
 * User-Agent}, and for service accounts {@code Authorization: Bearer} (RFC 6750 section 2.1). A 401
 * answer to a bearer token drops the token and sends the request once more with a new one. Each
 * attempt runs under a {@link CallDeadline} of {@code callTimeout} (token fetch included), and its
 * answer is read here, at most {@code maxResponseBytes} of it.
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
    try (CallDeadline deadline = CallDeadline.start(settings.limits().callTimeout(), "callTimeout")) {
      if (tokens == null) {
        response = buffered(delegate.execute(withHeaders(request, null), options), null);
      } else {
        String token = tokens.token(delegate, options);
        response = buffered(delegate.execute(withHeaders(request, token), options), token);
        if (response.status() == 401) {
          tokens.invalidate(token);
          String retryToken = tokens.token(delegate, options);
          response = buffered(delegate.execute(withHeaders(request, retryToken), options), retryToken);
        }
      }
    }
    deprecations.watch(request, response);
    return response;
  }

  /**
   * Reads the body into memory, at most {@code maxResponseBytes}, so that every failure while
   * reading it (a reset, a short {@code Content-Length}, broken chunking) happens here, inside the
   * client, where Feign hands it to the retryer as an I/O failure, whatever the transport.
   */
  private Response buffered(Response response, String token) throws IOException {
    if (response.body() == null) {
      return response;
    }
    try (response; InputStream in = response.body().asInputStream()) {
      Integer length = response.body().length();
      byte[] body = BoundedBody.read(in, length == null ? -1 : length, settings.limits().maxResponseBytes(),
          settings.baseUrl());
      if (response.status() >= 300) {
        // An error that echoes a credential (a proxy's debug page, a 401 quoting the token) must
        // not carry it into exception messages, logs or a terminal.
        body = SafeText.redact(body, secrets(token));
      }
      return response.toBuilder().body(body).build();
    }
  }

  private List<String> secrets(String token) {
    List<String> secrets = new ArrayList<>(2);
    if (token != null) {
      secrets.add(token);
    }
    if (settings.credentials() instanceof AtlasCredentials.ServiceAccount sa) {
      secrets.add(sa.clientSecret());
    } else if (settings.credentials() instanceof AtlasCredentials.ApiKey key) {
      secrets.add(key.privateKey());
    }
    return secrets;
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
