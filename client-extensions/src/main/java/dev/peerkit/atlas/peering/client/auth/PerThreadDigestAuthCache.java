package dev.peerkit.atlas.peering.client.auth;

import java.util.HashMap;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.auth.AuthScheme;
import org.apache.hc.client5.http.impl.auth.DigestScheme;
import org.apache.hc.core5.http.HttpHost;

/**
 * An HttpClient 5 {@link AuthCache} that keeps each thread's live {@link DigestScheme}, so that
 * HttpClient answers the next request preemptively with the server's nonce and the next nonce
 * count ({@code nc}, RFC 7616 section 3.4) instead of taking a 401 round trip first.
 *
 * <p>Why per thread: HttpClient's {@code BasicAuthCache} stores a serialized copy, so every
 * request would reuse the same {@code nc}, which a server must reject as a replay; and one shared
 * live scheme would race on {@code nc}. A thread's own nonce with its own counter is always
 * strictly increasing. When the server answers {@code stale=true}, HttpClient re-authenticates
 * with the new nonce and puts the new scheme here. Only Digest schemes are kept.
 */
public final class PerThreadDigestAuthCache implements AuthCache {

  private final ThreadLocal<Map<HttpHost, AuthScheme>> schemes = ThreadLocal.withInitial(HashMap::new);

  @Override
  public void put(HttpHost host, AuthScheme authScheme) {
    if (authScheme instanceof DigestScheme) {
      schemes.get().put(host, authScheme);
    }
  }

  @Override
  public AuthScheme get(HttpHost host) {
    return schemes.get().get(host);
  }

  @Override
  public void remove(HttpHost host) {
    schemes.get().remove(host);
  }

  @Override
  public void clear() {
    schemes.get().clear();
  }
}
