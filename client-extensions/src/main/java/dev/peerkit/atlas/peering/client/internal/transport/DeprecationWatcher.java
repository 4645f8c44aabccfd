package dev.peerkit.atlas.peering.client.internal.transport;

import dev.peerkit.atlas.peering.client.transport.DeprecationNotice;
import feign.Request;
import feign.Response;
import dev.peerkit.atlas.peering.client.internal.codec.SafeText;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Notices {@code Deprecation} (RFC 9745) and {@code Sunset} (RFC 8594) response headers. The first
 * notice is logged at WARN once per capability; every notice is offered to the optional callback.
 */
public final class DeprecationWatcher {

  private final Logger logger;
  private final Consumer<DeprecationNotice> callback;
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * @param logger where the one warning goes
   * @param callback receives every notice; may be {@code null}
   */
  public DeprecationWatcher(Logger logger, Consumer<DeprecationNotice> callback) {
    this.logger = logger;
    this.callback = callback;
  }

  /**
   * @param request the request sent
   * @param response its answer (Feign's headers map is case-insensitive)
   */
  public void watch(Request request, Response response) {
    String deprecation = first(response.headers().get("Deprecation"));
    String sunset = first(response.headers().get("Sunset"));
    if (deprecation == null && sunset == null) {
      return;
    }
    DeprecationNotice notice = new DeprecationNotice(request.httpMethod().name(), request.url(),
        deprecation, sunset);
    if (warned.compareAndSet(false, true)) {
      logger.warn("Atlas marks {} {} as deprecated (Deprecation: {}, Sunset: {}); plan to move"
          + " to a newer API version", notice.method(), notice.url(), SafeText.escapeControls(deprecation),
          SafeText.escapeControls(sunset));
    }
    if (callback != null) {
      callback.accept(notice);
    }
  }

  private static String first(Collection<String> values) {
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}
