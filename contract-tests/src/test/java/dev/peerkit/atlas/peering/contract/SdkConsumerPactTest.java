package dev.peerkit.atlas.peering.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every consumer test shares: the provider, the token interaction, and the real SDK client
 * pointed at the Pact mock server.
 *
 * <p>The SDK authenticates as a service account, so its first request is {@code POST
 * /api/oauth/token}; against the mock server that is a real request, and it is in the contract:
 * {@link #serviceAccountToken} is one {@code @Pact} of its own, which each test combines with the
 * interaction it is about ({@code @PactTestFor(pactMethods = {TOKEN, "..."})}). Each test thus
 * sees exactly the requests a real caller makes. Retries are off ({@link RetryPolicy#NONE}), so
 * the mock server sees one API request per call; only a 401 makes the SDK fetch a new token and
 * send once more, as it does against Atlas.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Pacticipants.PROVIDER, pactVersion = PactSpecVersion.V4)
abstract class SdkConsumerPactTest {

  /** The name of the token {@code @Pact} method, for {@code pactMethods}. */
  static final String TOKEN = "serviceAccountToken";

  private static final Pattern PROVIDER_NAME = Pattern.compile("\"providerName\"\\s*:\\s*\"([^\"]*)\"");
  private static final List<String> READ_ONLY_FIELDS = List.of(
      "id", "connectionId", "statusName", "errorStateName", "status", "errorState", "errorMessage");

  private final WireLog wire = new WireLog();
  private AtlasPeeringClient client;

  /**
   * @param builder the Pact DSL
   * @return the client-credentials token exchange
   */
  @Pact(consumer = Pacticipants.CONSUMER, provider = Pacticipants.PROVIDER)
  public V4Pact serviceAccountToken(PactDslWithProvider builder) {
    return AtlasPactDsl.tokenRequest(builder
            .given(ProviderStates.SERVICE_ACCOUNT_EXISTS, ProviderStates.serviceAccount())
            .uponReceiving(Interactions.TOKEN))
        .toPact(V4Pact.class);
  }

  /**
   * The SDK as a user builds it, with the consumer tests' service account, against the mock server.
   *
   * @param server the Pact mock server of the test
   * @return the client, closed after the test
   */
  AtlasPeeringClient sdk(MockServer server) {
    client = AtlasPeeringClient.builder()
        .baseUrl(server.getUrl())
        .serviceAccount(Examples.CLIENT_ID, Examples.CLIENT_SECRET)
        .retryPolicy(RetryPolicy.NONE)
        .logger(wire)
        .wireLogLevel(feign.Logger.Level.FULL)
        .build();
    return client;
  }

  /**
   * @param type the exception the SDK must raise
   * @param call the SDK call
   * @param <T> the exception type
   * @return the exception, for more assertions
   */
  static <T extends Throwable> T raised(Class<T> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  /**
   * Checks the bodies as the SDK wrote them on the wire (Pact parses them, so it cannot see a
   * duplicated key): {@code providerName} exactly once, with this value, and no read-only field.
   *
   * @param providerName the expected {@code providerName}
   */
  void assertSentBodiesCarry(String providerName) {
    List<String> bodies = wire.sentBodies();
    assertThat(bodies).as("PATCH bodies the SDK sent").isNotEmpty();
    for (String body : bodies) {
      Matcher names = PROVIDER_NAME.matcher(body);
      assertThat(names.find()).as("providerName in %s", body).isTrue();
      assertThat(names.group(1)).isEqualTo(providerName);
      assertThat(names.find()).as("a second providerName in %s", body).isFalse();
      for (String readOnly : READ_ONLY_FIELDS) {
        assertThat(body).as("read-only field %s", readOnly).doesNotContain("\"" + readOnly + "\"");
      }
    }
  }

  /**
   * Pact stops the mock server before {@code @AfterEach}, so the SDK's best-effort token revocation
   * on close finds no server and is only logged (into {@link WireLog}): the revocation is not part
   * of the contract.
   */
  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }
}
