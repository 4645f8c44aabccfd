package dev.peerkit.atlas.peering.simulator;

import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Passes requests whose path matches a pattern to its handler and declines the rest. Unlike Jetty's
 * {@code PathMappingsHandler} it leaves the request untouched: that one rewrites the context path,
 * which Jetty's Digest challenge then announces as a too-narrow {@code domain}.
 */
final class PathRoute extends Handler.Wrapper {

  private final Pattern path;

  PathRoute(Pattern path, Handler handler) {
    super(handler);
    this.path = path;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return path.matcher(request.getHttpURI().getPath()).matches()
        && super.handle(request, response, callback);
  }
}
