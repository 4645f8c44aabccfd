package dev.peerkit.atlas.peering.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Where the hand-written OpenAPI 3.0.3 document of the "Update One Network Peering Connection"
 * operation ({@code PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}}) lives on the classpath.
 *
 * <p>The document is the single source of truth: the generated Feign client, the simulator's
 * request validation and the Pact contract checks all load it from here.
 */
public final class AtlasPeeringSpec {

  /** Classpath resource name of the YAML document: {@value}. */
  public static final String RESOURCE = "openapi/atlas-peering.yaml";

  /** The operation's {@code operationId}: {@value}. */
  public static final String OPERATION_ID = "updatePeeringConnection";

  /** The path template of the operation: {@value}. */
  public static final String PATH = "/api/atlas/v2/groups/{groupId}/peers/{peerId}";

  private AtlasPeeringSpec() {}

  /**
   * Returns the URL of the document on this class's classpath.
   *
   * @return the resource URL, never {@code null}
   * @throws IllegalStateException if the spec jar is not on the classpath
   */
  public static URL url() {
    URL url = AtlasPeeringSpec.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the classpath: add the atlas-peering-spec jar as a dependency");
    }
    return url;
  }

  /**
   * Reads the whole document as UTF-8 text.
   *
   * @return the YAML text of the document
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the spec jar is not on the classpath
   */
  public static String text() {
    try (InputStream in = url().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
