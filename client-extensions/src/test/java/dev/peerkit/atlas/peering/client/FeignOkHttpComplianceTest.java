package dev.peerkit.atlas.peering.client;

import feign.Logger;
import feign.okhttp.OkHttpClient;
import java.util.function.Consumer;

/** The compliance suite over feign-okhttp: service accounts work over any Feign client. */
class FeignOkHttpComplianceTest extends AtlasClientCompliance {

  @Override
  Calls build(Consumer<AtlasOptionsBuilder<?>> options, Logger.Level wireLogLevel) {
    return new FeignCalls(options, new OkHttpClient(), wireLogLevel);
  }
}
