package dev.peerkit.atlas.peering.client;

import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import feign.Capability;
import feign.Feign;
import java.util.List;

/**
 * Client of the Atlas Admin API operation {@code updatePeeringConnection}: {@code PATCH
 * /api/atlas/v2/groups/{groupId}/peers/{peerId}} (spec module: {@code openapi/atlas-peering.yaml}).
 *
 * <p>A thin typed facade: one {@link AtlasCapability} added to a plain {@code Feign.builder()}
 * that targets the generated {@link NetworkPeeringApi}. Everything it does (auth, headers,
 * envelope, typed errors, retries, validation) comes from the capability, so a Feign client you
 * build yourself with the same capability behaves the same. Thread-safe and meant to be shared;
 * {@link #close()} revokes the service-account token and releases the connections.
 *
 * <p>Exceptions, all {@code feign.FeignException}s: {@code AtlasValidationException} (bad input,
 * nothing sent); Feign's per-status exceptions implementing {@code AtlasApiError}, such as {@code
 * AtlasNotFoundException} (Atlas answered an error); {@code OAuthTokenException} (no token);
 * {@code AtlasConnectException}/{@code AtlasTimeoutException}/{@code AtlasTransportException}
 * (Atlas not reached, too slow, or the connection failed); {@code AtlasDecodeException} (a 2xx body
 * that cannot be read).
 */
public final class AtlasPeeringClient implements AutoCloseable {

  private final AtlasCapability capability;
  private final NetworkPeeringApi api;

  AtlasPeeringClient(AtlasCapability capability, List<Capability> extraCapabilities) {
    this.capability = capability;
    Feign.Builder feign = Feign.builder().addCapability(capability);
    extraCapabilities.forEach(feign::addCapability);
    if (capability.wireLogLevel() != null) {
      feign.logLevel(capability.wireLogLevel());
    }
    this.api = feign.target(NetworkPeeringApi.class, capability.baseUrl());
  }

  /** @return a new builder; see {@link AtlasOptionsBuilder} for the options and defaults */
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
   * @throws feign.FeignException implementing {@link dev.peerkit.atlas.peering.client.errors.AtlasApiError}
   *     (a per-status subtype such as {@code AtlasNotFoundException}) if Atlas answers an error,
   *     after retries for 429 and 503
   * @throws dev.peerkit.atlas.peering.client.errors.OAuthTokenException if no service-account
   *     token could be had
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasTransportException if Atlas could not be
   *     reached, did not answer in time ({@code AtlasTimeoutException}: the response timeout or the
   *     call timeout), an answer broke a size bound ({@code AtlasResponseLimitException}), or the
   *     connection failed
   * @throws dev.peerkit.atlas.peering.client.errors.AtlasDecodeException if a 2xx body cannot be
   *     read, or is {@code null} or not a JSON object
   */
  public PeeringConnection updatePeeringConnection(UpdatePeeringConnectionRequest request) {
    return api.updatePeeringConnection(request.groupId(), request.peerId(), request.body(),
        flag(request.envelope()), flag(request.pretty()));
  }

  /**
   * Same as {@link #updatePeeringConnection(UpdatePeeringConnectionRequest)}, and also returns the
   * answer as Atlas sent it: its JSON (unknown fields and newer status values kept), HTTP status
   * and headers. Built on the generated {@code updatePeeringConnectionWithHttpInfo}.
   *
   * @param request the ids, the body and the query flags
   * @return the typed connection with the JSON, status and headers of the answer
   * @throws feign.FeignException as {@link #updatePeeringConnection(UpdatePeeringConnectionRequest)} does
   */
  public AtlasResponse<PeeringConnection> updatePeeringConnectionWithResponse(UpdatePeeringConnectionRequest request) {
    return (AtlasResponse<PeeringConnection>) api.updatePeeringConnectionWithHttpInfo(request.groupId(),
        request.peerId(), request.body(), flag(request.envelope()), flag(request.pretty()));
  }

  /**
   * Same as {@link #updatePeeringConnection(UpdatePeeringConnectionRequest)} without query flags.
   *
   * @param groupId the project id, {@code ^([a-f0-9]{24})$}
   * @param peerId the peering connection id, {@code ^([a-f0-9]{24})$}
   * @param body the update in one provider shape
   * @return the updated connection
   * @throws feign.FeignException as {@link #updatePeeringConnection(UpdatePeeringConnectionRequest)} does
   */
  public PeeringConnection updatePeeringConnection(String groupId, String peerId, PeeringConnectionUpdate body) {
    return updatePeeringConnection(UpdatePeeringConnectionRequest.of(groupId, peerId, body));
  }

  /**
   * The generated Feign interface with the same wiring (auth, errors, retries, envelope,
   * validation); {@code updatePeeringConnectionWithHttpInfo} returns an {@link AtlasResponse}.
   *
   * @return the generated API proxy
   */
  public NetworkPeeringApi api() {
    return api;
  }

  /** @return the capability this client is built from, to add to other Feign clients */
  public AtlasCapability capability() {
    return capability;
  }

  /** @return the API version date this client sends, such as {@code 2025-03-12} */
  public String apiVersion() {
    return capability.apiVersion();
  }

  /** Revokes the service-account token (if any) and closes the connection pool. */
  @Override
  public void close() {
    capability.close();
  }

  private static Boolean flag(boolean value) {
    return value ? Boolean.TRUE : null;
  }
}
