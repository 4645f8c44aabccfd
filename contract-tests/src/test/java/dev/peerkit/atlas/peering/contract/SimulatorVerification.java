package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashMap;
import java.util.function.Consumer;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Pact JVM's provider verification against a simulator, run as a non-JVM verifier runs it: the
 * recorded request is replayed unchanged, and each provider state is set up (and torn down after
 * the interaction) by a {@code POST} to the simulator's state change URL, {@code {"state",
 * "params", "action"}}. The simulator must be built with {@code providerStates(true)}.
 */
final class SimulatorVerification {

  private final ProviderInfo provider;

  /** @param atlas a running simulator with the provider state endpoint */
  SimulatorVerification(AtlasSimulator atlas) {
    provider = new ProviderInfo(Pacticipants.PROVIDER, "http", "127.0.0.1", atlas.port());
    try {
      provider.setStateChangeUrl(URI.create(atlas.providerStatesUrl().orElseThrow(
          () -> new IllegalStateException("build the simulator with providerStates(true)"))).toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    provider.setStateChangeUsesBody(true);
    provider.setStateChangeTeardown(true);
  }

  /**
   * Runs something on each request just before it is sent, after the states are set up.
   *
   * @param filter sees the request about to be replayed
   * @return this
   */
  SimulatorVerification beforeEachRequest(Consumer<HttpRequest> filter) {
    provider.setRequestFilter(filter);
    return this;
  }

  /**
   * @param interaction an interaction of the pact
   * @return Pact's verdict: states set up, request replayed, answer compared, states torn down
   */
  VerificationResult verify(V4Interaction.SynchronousHttp interaction) {
    ProviderClient client = new ProviderClient(provider, new VerifierHttpClient());
    return new ProviderVerifier().verifyInteraction(provider, new ConsumerInfo(Pacticipants.CONSUMER),
        new HashMap<>(), interaction, client);
  }
}
