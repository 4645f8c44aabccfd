package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the pact the consumer tests wrote. */
final class PactFiles {

  private PactFiles() {}

  /**
   * @return the pact of {@link Pacticipants#CONSUMER} and {@link Pacticipants#PROVIDER}
   * @throws AssertionError if the consumer tests wrote none
   */
  static V4Pact load() {
    Path file = Pacticipants.pactFile();
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("No pact file at " + file.toAbsolutePath()
          + ": the consumer tests (surefire, *Test) must run first and write it");
    }
    return DefaultPactReader.INSTANCE.loadPact(file.toFile()).asV4Pact().unwrap();
  }

  /**
   * @param pact a pact
   * @return its HTTP interactions
   */
  static List<V4Interaction.SynchronousHttp> httpInteractions(V4Pact pact) {
    return pact.getInteractions().stream()
        .filter(V4Interaction.SynchronousHttp.class::isInstance)
        .map(V4Interaction.SynchronousHttp.class::cast)
        .toList();
  }

  /**
   * @param description an {@link Interactions} constant
   * @return that interaction of the written pact
   */
  static V4Interaction.SynchronousHttp interaction(String description) {
    return httpInteractions(load()).stream()
        .filter(i -> i.getDescription().equals(description))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The pact has no interaction '" + description + "'"));
  }
}
