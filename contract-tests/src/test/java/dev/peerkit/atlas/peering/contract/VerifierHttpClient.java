package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The HTTP client Pact's verifier replays interactions with: one request per interaction.
 * HttpClient's default would wait out a 429's {@code Retry-After}, send again and compare the
 * second answer; and no proxy settings are read, as the simulator is on 127.0.0.1.
 */
final class VerifierHttpClient implements IHttpClientFactory {

  @Override
  public CloseableHttpClient newClient(IProviderInfo provider) {
    return HttpClients.custom().disableAutomaticRetries().disableRedirectHandling().build();
  }
}
