package dev.peerkit.atlas.peering.client.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Feign {@link Client} decorator that notices {@code Deprecation} (RFC 9745) and {@code Sunset}
 * (RFC 8594) response headers. The first notice is logged at WARN once per client; every notice
 * is offered to the optional callback.
 */
public final class DeprecationWatchingClient implements Client {

  private final Client delegate;
  private final Logger logger;
  private final Consumer<DeprecationNotice> callback;
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * @param delegate the transport
   * @param logger where the one warning goes
   * @param callback receives every notice; may be {@code null}
   */
  public DeprecationWatchingClient(Client delegate, Logger logger, Consumer<DeprecationNotice> callback) {
    this.delegate = delegate;
    this.logger = logger;
    this.callback = callback;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    String deprecation = header(response.headers(), "Deprecation");
    String sunset = header(response.headers(), "Sunset");
    if (deprecation != null || sunset != null) {
      DeprecationNotice notice = new DeprecationNotice(request.httpMethod().name(),
          request.url(), deprecation, sunset);
      if (warned.compareAndSet(false, true)) {
        logger.warn("Atlas marks {} {} as deprecated (Deprecation: {}, Sunset: {}); plan to move"
            + " to a newer API version", notice.method(), notice.url(), deprecation, sunset);
      }
      if (callback != null) {
        callback.accept(notice);
      }
    }
    return response;
  }

  private static String header(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
      if (name.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
        return header.getValue().iterator().next();
      }
    }
    return null;
  }
}
