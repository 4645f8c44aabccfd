package dev.peerkit.atlas.peering.contract;

import java.nio.file.Path;

/** The two sides of the contract, as named in the pact file and on the broker. */
public final class Pacticipants {

  /** The consumer: this SDK. */
  public static final String CONSUMER = "atlas-peering-java-sdk";

  /** The provider: the Atlas Admin API (and its local stand-in, the simulator). */
  public static final String PROVIDER = "mongodb-atlas-admin-api";

  private Pacticipants() {}

  /**
   * The folder the consumer tests write to: {@code contract-tests/target/pacts}, set by the build
   * as the {@code pact.rootDir} system property (Pact JVM's own setting).
   *
   * @return the pact folder
   */
  public static Path pactDirectory() {
    return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
  }

  /** @return the one pact file of this consumer and provider, as Pact JVM names it */
  public static Path pactFile() {
    return pactDirectory().resolve(CONSUMER + "-" + PROVIDER + ".json");
  }
}
