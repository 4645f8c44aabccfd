package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract against the simulator: Pact JVM replays every interaction of the written pact
 * against a running simulator and compares its answers with the pact. Provider states seed the
 * simulator; the recorded credentials are swapped for ones the simulator accepts.
 */
@Provider(Pacticipants.PROVIDER)
@PactFolder("${pact.rootDir:target/pacts}")
class SimulatorProviderPactIT {

  private static AtlasSimulator atlas;
  private static SimulatorCredentials credentials;
  private static String liveToken;

  private SimulatorStates states;
  private String bearer;

  @BeforeAll
  static void startSimulator() {
    atlas = AtlasSimulator.builder().build().start();
    credentials = new SimulatorCredentials(atlas);
    liveToken = credentials.liveToken();
  }

  @AfterAll
  static void stopSimulator() {
    atlas.stop();
  }

  /** Runs before the state handlers: every interaction starts from a fresh simulator. */
  @BeforeEach
  void freshSimulator(PactVerificationContext context) {
    atlas.reset();
    states = new SimulatorStates(atlas);
    bearer = liveToken;
    context.setTarget(new HttpTestTarget("127.0.0.1", atlas.port(), "/", VerifierHttpClient::new));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theSimulatorHonoursTheInteraction(PactVerificationContext context, HttpRequest request) {
    swapCredentials(request);
    context.verifyInteraction();
  }

  /**
   * The request filter: the token request gets the simulator's service account, API requests a
   * token the simulator issued (a revoked one in {@link ProviderStates#ACCESS_TOKEN_REVOKED}).
   */
  private void swapCredentials(HttpRequest request) {
    credentials.swapInto(request, bearer);
  }

  @State(ProviderStates.AWS_PEER_EXISTS)
  void awsPeerExists(Map<String, Object> params) {
    states.peerExists(params, SeedData.awsConnection());
  }

  @State(ProviderStates.AZURE_PEER_EXISTS)
  void azurePeerExists(Map<String, Object> params) {
    states.peerExists(params, SeedData.azureConnection());
  }

  @State(ProviderStates.GCP_PEER_EXISTS)
  void gcpPeerExists(Map<String, Object> params) {
    states.peerExists(params, SeedData.gcpConnection());
  }

  @State(ProviderStates.PEER_DOES_NOT_EXIST)
  void peerDoesNotExist(Map<String, Object> params) {
    states.peerDoesNotExist(params);
  }

  @State(ProviderStates.AWS_PEER_BEING_DELETED)
  void awsPeerBeingDeleted(Map<String, Object> params) {
    ObjectNode terminating = SeedData.awsConnection().put("statusName", "TERMINATING");
    states.peerExists(params, terminating);
  }

  @State(ProviderStates.ACCESS_TOKEN_REVOKED)
  void accessTokenRevoked() {
    bearer = credentials.revokedToken();
  }

  @State(ProviderStates.NOT_PROJECT_OWNER)
  void notProjectOwner() {
    atlas.access().revokeProjectOwner(SeedData.GROUP_ID);
  }

  @State(ProviderStates.RATE_LIMIT_EXHAUSTED)
  void rateLimitExhausted() {
    states.rateLimitExhausted(Duration.ofSeconds(55));
  }

  @State(ProviderStates.UNEXPECTED_SERVER_ERROR)
  void unexpectedServerError() {
    states.nextRequestFails();
  }
}
