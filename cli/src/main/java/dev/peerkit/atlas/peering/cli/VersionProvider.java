package dev.peerkit.atlas.peering.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's own version, from the build, for {@code atlas-peering --version}. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties build = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/atlas-peering-cli.properties")) {
      if (in != null) {
        build.load(in);
      }
    }
    return new String[] {
      "atlas-peering " + build.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version") + "; " + System.getProperty("os.name") + "; "
          + System.getProperty("os.arch")
    };
  }
}
