package dev.peerkit.atlas.peering.client.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's {@code User-Agent}: {@code <artifact>/<version> (Java/<version>; <os>; <arch>)}, for
 * example {@code atlas-peering-client/0.1.0 (Java/17.0.15; Linux; amd64)}.
 */
public final class UserAgent {

  private UserAgent() {}

  /** @return the User-Agent value for this SDK build and JVM */
  public static String value() {
    Properties build = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream(
        "/dev/peerkit/atlas/peering/client/version.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException ignored) {
      // falls back to "unknown" below
    }
    return build.getProperty("artifact", "atlas-peering-client") + "/"
        + build.getProperty("version", "unknown")
        + " (Java/" + System.getProperty("java.version") + "; " + System.getProperty("os.name")
        + "; " + System.getProperty("os.arch") + ")";
  }
}
