package dev.peerkit.atlas.peering.client.internal.auth;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthExchange;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.auth.DigestScheme;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;

/**
 * HttpClient 5 exec-chain step for preemptive HTTP Digest (RFC 7616 section 3.4): after a Digest
 * exchange succeeds, the thread keeps its live {@link DigestScheme}, and the thread's next request
 * is answered with the server's nonce and the next nonce count ({@code nc}) without waiting for a
 * 401 challenge. So a call costs one HTTP exchange instead of two, until the server says {@code
 * stale=true}; then HttpClient re-authenticates with the new nonce and the new scheme is kept.
 *
 * <p>Why this and not HttpClient's own auth cache: HttpClient caches only schemes marked
 * {@code @AuthStateCacheable}, which {@code DigestScheme} is not, and it caches serialized copies,
 * which would repeat an {@code nc}. Why per thread: a thread's own nonce with its own counter is
 * strictly increasing, so concurrent requests can never send a reused {@code nc}.
 *
 * <p>All Digest computation stays in HttpClient's {@link DigestScheme}; this class only decides
 * which scheme instance a request starts with.
 */
public final class PreemptiveDigestHandler implements ExecChainHandler {

  private final ThreadLocal<Map<HttpHost, DigestScheme>> schemes = ThreadLocal.withInitial(HashMap::new);

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    HttpHost target = scope.route.getTargetHost();
    AuthExchange exchange = scope.clientContext.getAuthExchange(target);
    DigestScheme cached = schemes.get().get(target);
    if (cached != null && exchange.getState() == AuthExchange.State.UNCHALLENGED) {
      exchange.select(cached);
    }
    ClassicHttpResponse response = chain.proceed(request, scope);
    if (exchange.getState() == AuthExchange.State.SUCCESS
        && exchange.getAuthScheme() instanceof DigestScheme digest) {
      schemes.get().put(target, digest);
    } else if (exchange.getState() == AuthExchange.State.FAILURE) {
      schemes.get().remove(target);
    }
    return response;
  }
}
