package dev.peerkit.atlas.peering.client;

import feign.Logger;
import java.util.function.Consumer;

/** The compliance suite against {@code Feign.builder().addCapability(...)} with its default client (HttpClient 5). */
class FeignHttpClient5ComplianceTest extends DigestCompliance {

  @Override
  Calls build(Consumer<AtlasOptionsBuilder<?>> options, Logger.Level wireLogLevel) {
    return new FeignCalls(options, null, wireLogLevel);
  }
}
