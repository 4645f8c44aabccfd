package dev.peerkit.atlas.peering.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J logger to hand to the SDK with {@code wireLogLevel(FULL)}: it keeps what the SDK logs,
 * so a test can read the request body exactly as the SDK wrote it on the wire (Pact parses the
 * body, so it could not tell a duplicated JSON key). It also keeps the SDK's warnings out of the
 * build log, such as the failed best-effort token revocation when a client is closed after its
 * mock server.
 */
final class WireLog extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;
  private static final String REQUEST_START = "---> PATCH ";
  private static final String REQUEST_END = "---> END HTTP";

  private final List<String> lines = new CopyOnWriteArrayList<>();

  WireLog() {
    this.name = "contract-tests.wire";
  }

  /**
   * @return every PATCH body the SDK sent, in order
   */
  List<String> sentBodies() {
    List<String> bodies = new ArrayList<>();
    boolean inRequest = false;
    for (String line : lines) {
      // Feign prefixes each line with "[NetworkPeeringApi#updatePeeringConnection] ".
      String text = line.startsWith("[") && line.contains("] ") ? line.substring(line.indexOf("] ") + 2) : line;
      if (text.startsWith(REQUEST_START)) {
        inRequest = true;
      } else if (text.startsWith(REQUEST_END)) {
        inRequest = false;
      } else if (inRequest && text.startsWith("{")) {
        bodies.add(text);
      }
    }
    return bodies;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
      Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    lines.add(message);
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }
}
