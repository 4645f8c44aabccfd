package dev.peerkit.atlas.peering.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.AtlasCredentials.ApiKey;
import dev.peerkit.atlas.peering.client.AtlasCredentials.ServiceAccount;
import dev.peerkit.atlas.peering.client.auth.BearerTokenClient;
import dev.peerkit.atlas.peering.client.auth.ServiceAccountTokenProvider;
import dev.peerkit.atlas.peering.client.envelope.DecodedAnswer;
import dev.peerkit.atlas.peering.client.envelope.EnvelopeDecoder;
import dev.peerkit.atlas.peering.client.errors.ApiErrorParser;
import dev.peerkit.atlas.peering.client.errors.AtlasErrorDecoder;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.client.logging.RedactingSlf4jLogger;
import dev.peerkit.atlas.peering.client.retry.AtlasRetryer;
import dev.peerkit.atlas.peering.client.transport.AtlasHeadersInterceptor;
import dev.peerkit.atlas.peering.client.transport.DeprecationWatchingClient;
import dev.peerkit.atlas.peering.client.transport.HttpClientFactory;
import dev.peerkit.atlas.peering.client.transport.UserAgent;
import dev.peerkit.atlas.peering.client.validation.RequestValidator;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import feign.Client;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Request;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonEncoder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;

/**
 * Client of the Atlas Admin API operation {@code updatePeeringConnection}: {@code PATCH
 * /api/atlas/v2/groups/{groupId}/peers/{peerId}} (spec module: {@code openapi/atlas-peering.yaml}).
 *
 * <p>A thin typed facade over the generated Feign interface {@link NetworkPeeringApi}, wired with
 * Apache HttpClient 5 (pooled, keep-alive), Digest or service-account auth, envelope unwrapping,
 * typed errors and retries. It is thread-safe and meant to be shared; {@link #close()} revokes the
 * service-account token and releases the connections.
 *
 * <p>Exceptions, all subclasses of {@link dev.peerkit.atlas.peering.client.errors.AtlasException}:
 * {@code AtlasValidationException} (bad input, nothing sent), {@code AtlasApiException} and its
 * per-status subtypes (Atlas answered an error), {@code OAuthTokenException} (no token), {@code
 * AtlasConnectException}/{@code AtlasTimeoutException} (Atlas not reached or too slow), {@code
 * AtlasDecodeException} (a 2xx body that cannot be read).
 */
public final class AtlasPeeringClient implements AutoCloseable {

  private final NetworkPeeringApi api;
  private final EnvelopeDecoder decoder;
  private final RequestValidator validator = new RequestValidator();
  private final CloseableHttpClient http;
  private final ServiceAccountTokenProvider tokens;
  private final String apiVersion;
  private final String baseUrl;
  private final Logger logger;

  AtlasPeeringClient(AtlasPeeringClientBuilder b) {
    this.apiVersion = b.apiVersion;
    this.baseUrl = b.baseUrl.toString();
    this.logger = b.logger;
    ObjectMapper mapper = AtlasObjectMapper.create();
    ApiKey apiKey = b.credentials instanceof ApiKey k ? k : null;
    this.http = HttpClientFactory.create(b.baseUrl, b.connectTimeout, b.responseTimeout, b.maxConnections,
        apiKey == null ? null : apiKey.publicKey(),
        apiKey == null ? null : apiKey.privateKey().toCharArray());
    Client transport = new ApacheHttp5Client(http);
    if (b.credentials instanceof ServiceAccount sa) {
      this.tokens = new ServiceAccountTokenProvider(http, baseUrl, sa.clientId(), sa.clientSecret(),
          b.tokenExpirySkew, b.clock, mapper, b.logger);
      transport = new BearerTokenClient(transport, tokens);
    } else {
      this.tokens = null;
    }
    AtlasErrorDecoder errors = new AtlasErrorDecoder(new ApiErrorParser(mapper), apiVersion, b.clock);
    this.decoder = new EnvelopeDecoder(mapper, errors);
    this.api = Feign.builder()
        .client(new DeprecationWatchingClient(transport, b.logger, b.onDeprecation))
        .encoder(new JacksonEncoder(mapper))
        .decoder(decoder)
        .errorDecoder(errors)
        .retryer(new AtlasRetryer(b.retryPolicy, b.sleeper, b.clock, b.logger, baseUrl))
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .options(new Request.Options(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
            b.responseTimeout.toMillis(), TimeUnit.MILLISECONDS, true))
        .requestInterceptor(new AtlasHeadersInterceptor(apiVersion, UserAgent.value()))
        .logger(new RedactingSlf4jLogger(b.logger))
        .logLevel(b.wireLogLevel)
        .target(NetworkPeeringApi.class, baseUrl);
  }

  /** @return a new builder; see {@link AtlasPeeringClientBuilder} for the options and defaults */
  public static AtlasPeeringClientBuilder builder() {
    return new AtlasPeeringClientBuilder();
  }

  /**
   * Updates one network peering connection. The request is validated against the spec first;
   * with {@code envelope} the answer is unwrapped, so the result type is the same.
   *
   * @param request the ids, the body and the query flags
   * @return the updated connection: an {@code AwsPeeringConnection}, {@code
   *     AzurePeeringConnection} or {@code GcpPeeringConnection}
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasValidationException if an id or body
   *     field breaks the spec (nothing is sent)
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasApiException (a per-status subtype) if
   *     Atlas answers an error, after retries for 429 and 503
   * @throws dev.peerkit.atlas.peering.client.errors.OAuthTokenException if no service-account
   *     token could be had
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasTransportException if Atlas could not be
   *     reached or did not answer in time
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasDecodeException if a 2xx body cannot be read
   */
  public PeeringConnection updatePeeringConnection(UpdatePeeringConnectionRequest request) {
    validator.validate(api, request.groupId(), request.peerId(), request.body());
    return api.updatePeeringConnection(request.groupId(), request.peerId(), request.body(),
        request.envelope() ? Boolean.TRUE : null, request.pretty() ? Boolean.TRUE : null);
  }

  /**
   * Same as {@link #updatePeeringConnection(UpdatePeeringConnectionRequest)}, and also returns the
   * answer as Atlas sent it: its JSON (unknown fields and newer status values kept), HTTP status
   * and headers.
   *
   * @param request the ids, the body and the query flags
   * @return the typed connection with the JSON, status and headers of the answer
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasException as {@link
   *     #updatePeeringConnection(UpdatePeeringConnectionRequest)} does
   */
  public AtlasResponse<PeeringConnection> updatePeeringConnectionWithResponse(UpdatePeeringConnectionRequest request) {
    decoder.takeLast();
    PeeringConnection body = updatePeeringConnection(request);
    DecodedAnswer answer = decoder.takeLast();
    return new AtlasResponse<>(body, answer.json(), answer.status(), answer.headers());
  }

  /**
   * Same as {@link #updatePeeringConnection(UpdatePeeringConnectionRequest)} without query flags.
   *
   * @param groupId the project id, {@code ^([a-f0-9]{24})$}
   * @param peerId the peering connection id, {@code ^([a-f0-9]{24})$}
   * @param body the update in one provider shape
   * @return the updated connection
   */
  public PeeringConnection updatePeeringConnection(String groupId, String peerId, PeeringConnectionUpdate body) {
    return updatePeeringConnection(UpdatePeeringConnectionRequest.of(groupId, peerId, body));
  }

  /**
   * The generated Feign interface with the same wiring (auth, errors, retries, envelope), for
   * callers that want it; it skips the client-side validation of {@link #updatePeeringConnection}.
   *
   * @return the generated API proxy
   */
  public NetworkPeeringApi api() {
    return api;
  }

  /** @return the API version date this client sends, such as {@code 2025-03-12} */
  public String apiVersion() {
    return apiVersion;
  }

  /** Revokes the service-account token (if any) and closes the connection pool. */
  @Override
  public void close() {
    if (tokens != null) {
      tokens.revoke();
    }
    try {
      http.close();
    } catch (IOException e) {
      logger.debug("Closing the HTTP client failed: {}", e.toString());
    }
  }
}
