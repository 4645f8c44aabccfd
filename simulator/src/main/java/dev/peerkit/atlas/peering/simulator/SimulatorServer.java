package dev.peerkit.atlas.peering.simulator;

import dev.peerkit.atlas.peering.simulator.auth.BearerOrDigestHandler;
import dev.peerkit.atlas.peering.simulator.auth.DigestSecurity;
import dev.peerkit.atlas.peering.simulator.auth.OAuthTokens;
import dev.peerkit.atlas.peering.simulator.auth.RevokeEndpoint;
import dev.peerkit.atlas.peering.simulator.auth.ServiceAccountClients;
import dev.peerkit.atlas.peering.simulator.auth.TokenEndpoint;
import dev.peerkit.atlas.peering.simulator.endpoint.EndpointResponder;
import dev.peerkit.atlas.peering.simulator.endpoint.PeeringEndpointHandler;
import dev.peerkit.atlas.peering.simulator.endpoint.PeeringUpdater;
import dev.peerkit.atlas.peering.simulator.fault.FaultInjector;
import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBuckets;
import dev.peerkit.atlas.peering.simulator.states.PactProviderStates;
import dev.peerkit.atlas.peering.simulator.states.ProviderStateEndpoint;
import dev.peerkit.atlas.peering.simulator.http.ApiErrorHandler;
import dev.peerkit.atlas.peering.simulator.store.PeeringStore;
import dev.peerkit.atlas.peering.simulator.store.ProjectAccess;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.security.authentication.DigestAuthenticator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Assembles the Jetty server (core Handler API, no servlets):
 *
 * <pre>
 * /api/oauth/token   -> TokenEndpoint
 * /api/oauth/revoke  -> RevokeEndpoint
 * /api/atlas/v2/groups/{groupId}/peers/{peerId}
 *                    -> BearerOrDigestHandler -> SecurityHandler(Digest) -> PeeringEndpointHandler
 * /_pact/provider-states -> ProviderStateEndpoint (only with providerStates(true))
 * anything else      -> 404 ApiError (ApiErrorHandler)
 * </pre>
 */
final class SimulatorServer {

  final Server server;
  final ServerConnector connector;

  SimulatorServer(
      AtlasSimulator.Builder config,
      PeeringStore store,
      ProjectAccess access,
      FaultInjector faults,
      Optional<TokenBuckets> buckets,
      OAuthTokens tokens,
      DigestAuthenticator digest) {
    QueuedThreadPool threads = new QueuedThreadPool(32, 2);
    threads.setName("atlas-simulator");
    threads.setDaemon(true); // a forgotten simulator must not keep a JVM alive
    threads.setStopTimeout(1000); // then interrupt handlers still sleeping in a delay fault
    server = new Server(threads);
    server.addBean(new ScheduledExecutorScheduler("atlas-simulator-scheduler", true));

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host);
    connector.setPort(config.port);
    server.addConnector(connector);

    ServiceAccountClients clients = new ServiceAccountClients(config.credentials);
    PeeringEndpointHandler api =
        new PeeringEndpointHandler(
            new PeeringUpdater(store),
            access,
            faults,
            new EndpointResponder(
                Optional.ofNullable(config.deprecation), Optional.ofNullable(config.sunset)),
            buckets,
            config.rateLimitHeaders);

    Handler.Sequence routes =
        new Handler.Sequence(
            new PathRoute(Pattern.compile("/api/oauth/token"), new TokenEndpoint(clients, tokens)),
            new PathRoute(
                Pattern.compile("/api/oauth/revoke"), new RevokeEndpoint(clients, tokens)),
            new PathRoute(
                PeeringEndpointHandler.PATH,
                new BearerOrDigestHandler(
                    tokens, DigestSecurity.create(config.credentials, digest, api))));
    if (config.providerStates) {
      routes.addHandler(
          new PathRoute(
              Pattern.compile(Pattern.quote(PactProviderStates.PATH)),
              new ProviderStateEndpoint(store, access, faults, tokens, clients)));
    }
    server.setHandler(routes);
    server.setErrorHandler(new ApiErrorHandler());
  }
}
