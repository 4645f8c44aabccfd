package dev.peerkit.atlas.peering.simulator.states;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.peerkit.atlas.peering.simulator.auth.OAuthTokens;
import dev.peerkit.atlas.peering.simulator.auth.ServiceAccountClients;
import dev.peerkit.atlas.peering.simulator.fault.FaultInjector;
import dev.peerkit.atlas.peering.simulator.http.Json;
import dev.peerkit.atlas.peering.simulator.store.PeeringStore;
import dev.peerkit.atlas.peering.simulator.store.ProjectAccess;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /_pact/provider-states}: the state change endpoint of Pact verifiers (the Rust
 * verifier's {@code --state-change-url}, Pact JVM's {@code stateChangeUrl}). The body is {@code
 * {"state": "<name>", "params": {...}, "action": "setup"|"teardown"}}, one request per state; a
 * missing {@code action} means setup, missing {@code params} means none. Answers 200 {@code {}}, or
 * 400 {@code {"error": "..."}} for an unknown state or a bad parameter, so the verifier fails the
 * interaction instead of running it unprepared. Parameters are never logged (they may carry a
 * contract's made-up secrets).
 */
public final class ProviderStateEndpoint extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderStateEndpoint.class);

  private final ProviderStateActions actions;

  /**
   * Creates the endpoint over the simulator's live parts.
   *
   * @param store the peering connections
   * @param access the Project Owner roles
   * @param faults the fault queue
   * @param tokens the issued access tokens
   * @param clients the accepted service accounts
   */
  public ProviderStateEndpoint(
      PeeringStore store,
      ProjectAccess access,
      FaultInjector faults,
      OAuthTokens tokens,
      ServiceAccountClients clients) {
    this.actions = new ProviderStateActions(store, access, faults, tokens, clients);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      return answer(response, callback, 405, "Use POST.");
    }
    JsonNode change;
    try {
      change = Json.parse(Content.Source.asString(request, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return answer(response, callback, 400, "The body must be JSON.");
    }
    String state = change.path("state").asText("");
    String action = change.path("action").asText("setup");
    JsonNode params = change.path("params").isObject() ? change.get("params") : Json.object();
    try {
      switch (action) {
        case "setup" -> actions.setup(state, params);
        case "teardown" -> actions.teardown(state, params);
        default -> throw new IllegalArgumentException("action must be setup or teardown");
      }
    } catch (IllegalArgumentException e) {
      return answer(response, callback, 400, e.getMessage());
    }
    LOG.info("Provider state {}: {}", action, state);
    return answer(response, callback, 200, null);
  }

  private static boolean answer(Response response, Callback callback, int status, String error) {
    Json.send(
        response,
        callback,
        status,
        "application/json",
        error == null ? Json.object() : Json.object().put("error", error),
        false);
    return true;
  }
}
