package dev.peerkit.atlas.peering.client.internal.auth;

import java.io.IOException;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;

/**
 * HttpClient 5 exec-chain step just below its authentication loop ({@code ProtocolExec}): a call
 * sends its request at most twice, the first try and one re-authentication (RFC 7616 section 3.3
 * allows a new nonce, {@code stale=true}, but a server that says {@code stale=true} forever would
 * make HttpClient re-send the PATCH without end). From the second answer on, a 401's challenge is
 * moved to {@value #REFUSED_CHALLENGE}, so HttpClient stops and the 401 reaches the SDK's error
 * decoder, which names the challenge in its message.
 */
public final class OneReauthenticationHandler implements ExecChainHandler {

  /** Response header that carries a challenge the SDK did not answer, for the error message. */
  public static final String REFUSED_CHALLENGE = "X-Atlas-Sdk-Unanswered-Challenge";

  private static final String SENDS = OneReauthenticationHandler.class.getName() + ".sends";

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    Integer before = (Integer) scope.clientContext.getAttribute(SENDS);
    int sends = before == null ? 1 : before + 1;
    scope.clientContext.setAttribute(SENDS, sends);
    ClassicHttpResponse response = chain.proceed(request, scope);
    if (sends >= 2 && response.getCode() == HttpStatus.SC_UNAUTHORIZED) {
      for (Header challenge : response.getHeaders(HttpHeaders.WWW_AUTHENTICATE)) {
        response.addHeader(REFUSED_CHALLENGE, challenge.getValue());
      }
      response.removeHeaders(HttpHeaders.WWW_AUTHENTICATE);
    }
    return response;
  }
}
