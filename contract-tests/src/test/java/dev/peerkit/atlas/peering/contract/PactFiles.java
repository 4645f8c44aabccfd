package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

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
   * The written pact with one interaction changed in its JSON form, read back by Pact JVM: a pact
   * as a careless or newer consumer might have written it.
   *
   * @param description an {@link Interactions} constant
   * @param change edits the interaction's JSON object in place
   * @return the changed interaction
   */
  static V4Interaction.SynchronousHttp changedInteraction(String description, Consumer<ObjectNode> change) {
    try {
      JsonNode pact = SpecContract.readJson(Files.readString(Pacticipants.pactFile()));
      ObjectNode target = null;
      for (JsonNode interaction : pact.path("interactions")) {
        if (interaction.path("description").asText().equals(description)) {
          target = (ObjectNode) interaction;
        }
      }
      if (target == null) {
        throw new AssertionError("The pact has no interaction '" + description + "'");
      }
      change.accept(target);
      Path file = Files.createTempFile(Pacticipants.pactDirectory().getParent(), "changed-pact-", ".json");
      Files.writeString(file, pact.toString());
      V4Pact changed = DefaultPactReader.INSTANCE.loadPact(file.toFile()).asV4Pact().unwrap();
      Files.delete(file);
      return httpInteractions(changed).stream()
          .filter(i -> i.getDescription().equals(description))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
