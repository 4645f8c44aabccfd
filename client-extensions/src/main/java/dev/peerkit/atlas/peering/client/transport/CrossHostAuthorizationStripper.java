package dev.peerkit.atlas.peering.client.transport;

import java.net.URI;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.URIAuthority;

/**
 * HttpClient 5 request interceptor that removes {@code Authorization} from any request whose
 * scheme, host or port differs from the configured Atlas base URL's, such as a redirect to
 * another host. Credentials only ever go to the base URL's origin.
 */
public final class CrossHostAuthorizationStripper implements HttpRequestInterceptor {

  private final String scheme;
  private final String host;
  private final int port;

  /** @param baseUrl the Atlas base URL, such as {@code https://cloud.mongodb.com} */
  public CrossHostAuthorizationStripper(URI baseUrl) {
    this.scheme = baseUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
    this.host = baseUrl.getHost();
    this.port = effectivePort(scheme, baseUrl.getPort());
  }

  @Override
  public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
    URIAuthority target = request.getAuthority();
    String targetScheme = request.getScheme() == null ? scheme : request.getScheme().toLowerCase(java.util.Locale.ROOT);
    boolean sameOrigin = target != null
        && targetScheme.equals(scheme)
        && target.getHostName().equalsIgnoreCase(host)
        && effectivePort(targetScheme, target.getPort()) == port;
    if (!sameOrigin) {
      request.removeHeaders(HttpHeaders.AUTHORIZATION);
    }
  }

  private static int effectivePort(String scheme, int port) {
    return port != -1 ? port : "https".equals(scheme) ? 443 : 80;
  }
}
