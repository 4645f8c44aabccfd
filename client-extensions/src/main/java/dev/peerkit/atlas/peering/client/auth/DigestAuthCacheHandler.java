package dev.peerkit.atlas.peering.client.auth;

import java.io.IOException;
import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

/**
 * HttpClient 5 exec-chain step that puts the client's shared {@link AuthCache} into every
 * request's context. feign-hc5 creates a fresh context per request, which would otherwise start
 * every call with a Digest challenge (two HTTP exchanges per call).
 */
public final class DigestAuthCacheHandler implements ExecChainHandler {

  private final AuthCache authCache;

  /** @param authCache the cache every request shares */
  public DigestAuthCacheHandler(AuthCache authCache) {
    this.authCache = authCache;
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    if (scope.clientContext.getAuthCache() == null) {
      scope.clientContext.setAuthCache(authCache);
    }
    return chain.proceed(request, scope);
  }
}
