package dev.peerkit.atlas.peering.simulator.states;

import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.ACCESS_TOKEN;
import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.CLIENT_ID;
import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.CLIENT_SECRET;
import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.CONTAINER_ID;
import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.GROUP_ID;
import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.PEER_ID;
import static dev.peerkit.atlas.peering.simulator.states.PactProviderStates.RETRY_AFTER_SECONDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.SeedData;
import dev.peerkit.atlas.peering.simulator.auth.OAuthTokens;
import dev.peerkit.atlas.peering.simulator.auth.ServiceAccountClients;
import dev.peerkit.atlas.peering.simulator.fault.FaultInjector;
import dev.peerkit.atlas.peering.simulator.http.Json;
import dev.peerkit.atlas.peering.simulator.store.PeeringStore;
import dev.peerkit.atlas.peering.simulator.store.ProjectAccess;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Sets up and tears down the states of {@link PactProviderStates} on the simulator's live parts.
 * Teardown undoes any state: the data, roles and faults go back to the seed, and the service
 * account or token a state named is forgotten.
 */
final class ProviderStateActions {

  private static final Pattern OBJECT_ID = Pattern.compile("[a-f0-9]{24}");

  private final PeeringStore store;
  private final ProjectAccess access;
  private final FaultInjector faults;
  private final OAuthTokens tokens;
  private final ServiceAccountClients clients;
  private final Map<String, Consumer<JsonNode>> setups;

  ProviderStateActions(
      PeeringStore store,
      ProjectAccess access,
      FaultInjector faults,
      OAuthTokens tokens,
      ServiceAccountClients clients) {
    this.store = store;
    this.access = access;
    this.faults = faults;
    this.tokens = tokens;
    this.clients = clients;
    this.setups =
        Map.ofEntries(
            Map.entry(
                PactProviderStates.AWS_PEER_EXISTS, p -> peerExists(p, SeedData.awsConnection())),
            Map.entry(
                PactProviderStates.AZURE_PEER_EXISTS,
                p -> peerExists(p, SeedData.azureConnection())),
            Map.entry(
                PactProviderStates.GCP_PEER_EXISTS, p -> peerExists(p, SeedData.gcpConnection())),
            Map.entry(
                PactProviderStates.PEER_DOES_NOT_EXIST,
                p -> store.removeConnection(id(p, GROUP_ID), id(p, PEER_ID))),
            Map.entry(
                PactProviderStates.AWS_PEER_BEING_DELETED,
                p -> peerExists(p, SeedData.awsConnection().put("statusName", "TERMINATING"))),
            Map.entry(
                PactProviderStates.SERVICE_ACCOUNT_EXISTS,
                p -> clients.register(text(p, CLIENT_ID), text(p, CLIENT_SECRET))),
            Map.entry(
                PactProviderStates.ACCESS_TOKEN_VALID, p -> tokens.accept(text(p, ACCESS_TOKEN))),
            Map.entry(
                PactProviderStates.ACCESS_TOKEN_REVOKED, p -> tokens.revoke(text(p, ACCESS_TOKEN))),
            Map.entry(
                PactProviderStates.NOT_PROJECT_OWNER,
                p -> access.revokeProjectOwner(id(p, GROUP_ID))),
            Map.entry(
                PactProviderStates.RATE_LIMIT_EXHAUSTED,
                p -> faults.rateLimited(1, Duration.ofSeconds(seconds(p, RETRY_AFTER_SECONDS)))),
            Map.entry(PactProviderStates.UNEXPECTED_SERVER_ERROR, p -> faults.serverError(1)));
  }

  /**
   * Puts the simulator into a state.
   *
   * @param state one of {@link PactProviderStates#all()}
   * @param params the state's parameters, an object (empty when the state has none)
   * @throws IllegalArgumentException if the state is unknown or a parameter is missing or invalid
   */
  void setup(String state, JsonNode params) {
    Consumer<JsonNode> setup = setups.get(state);
    if (setup == null) {
      throw new IllegalArgumentException("unknown provider state: " + state);
    }
    setup.accept(params);
  }

  /**
   * Undoes a state: seed data, Project Owner everywhere, no queued faults, and the service account
   * or access token named in {@code params} forgotten.
   *
   * @param state one of {@link PactProviderStates#all()}
   * @param params the parameters the state was set up with
   * @throws IllegalArgumentException if the state is unknown
   */
  void teardown(String state, JsonNode params) {
    if (!setups.containsKey(state)) {
      throw new IllegalArgumentException("unknown provider state: " + state);
    }
    store.reset();
    access.reset();
    faults.clear();
    if (params.path(CLIENT_ID).isTextual()) {
      clients.unregister(params.path(CLIENT_ID).asText());
    }
    if (params.path(ACCESS_TOKEN).isTextual()) {
      tokens.revoke(params.path(ACCESS_TOKEN).asText());
    }
  }

  private void peerExists(JsonNode params, ObjectNode peer) {
    String groupId = id(params, GROUP_ID);
    String containerId = id(params, CONTAINER_ID);
    if (store.getContainer(groupId, containerId).isEmpty()) {
      store.putContainer(
          groupId,
          containerId,
          Json.object()
              .put("providerName", peer.path("providerName").asText())
              .put("provisioned", true));
    }
    peer.put("containerId", containerId);
    String peerId = id(params, PEER_ID);
    peer.put("id", peerId);
    store.putConnection(groupId, peerId, peer);
  }

  private static String text(JsonNode params, String name) {
    JsonNode value = params.path(name);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("the provider state needs the parameter " + name);
    }
    return value.asText();
  }

  private static String id(JsonNode params, String name) {
    String value = text(params, name);
    if (!OBJECT_ID.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must be 24 hexadecimal digits");
    }
    return value;
  }

  private static long seconds(JsonNode params, String name) {
    JsonNode value = params.path(name);
    if (value.canConvertToLong() && value.asLong() >= 0) {
      return value.asLong();
    }
    if (value.isTextual() && value.asText().matches("[0-9]{1,9}")) {
      return Long.parseLong(value.asText());
    }
    throw new IllegalArgumentException("the provider state needs " + name + " in whole seconds");
  }
}
