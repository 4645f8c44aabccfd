package dev.peerkit.atlas.peering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.AtlasSimulatorExtension;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's CLI example names body files that exist and that the simulator accepts, and the
 * README lists the simulator's seeded ids as they are.
 */
class ReadmeFactsTest {

  @RegisterExtension
  static final AtlasSimulatorExtension ATLAS = new AtlasSimulatorExtension();

  private static final Path ROOT = Path.of("..");

  @Test
  void theCliExampleBodyFilesExistAndTheSimulatorAcceptsThem(AtlasSimulator atlas) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    // Body files of CLI examples; build outputs (target/) aside.
    Matcher file = Pattern.compile("--file (?!\\S*target/)(\\S+\\.json)").matcher(readme);
    assertThat(file.find()).isTrue();
    do {
      assertThat(ROOT.resolve(file.group(1))).as("README names %s", file.group(1)).isRegularFile();
    } while (file.find());

    Map<String, String> peers = Map.of("aws-peer.json", SeedData.AWS_PEER_ID,
        "azure-peer.json", SeedData.AZURE_PEER_ID, "gcp-peer.json", SeedData.GCP_PEER_ID);
    try (AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
        .serviceAccount(atlas.demoCredentials().clientId(), atlas.demoCredentials().clientSecret()).build()) {
      for (Map.Entry<String, String> peer : peers.entrySet()) {
        PeeringConnectionUpdate body = AtlasObjectMapper.create()
            .readValue(ROOT.resolve("examples").resolve(peer.getKey()).toFile(), PeeringConnectionUpdate.class);
        PeeringConnection updated = client.updatePeeringConnection(SeedData.GROUP_ID, peer.getValue(), body);
        assertThat(updated).isNotNull();
      }
    }
  }

  @Test
  void theReadmeListsTheSeededIds() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md")).replaceAll("\\s+", " ");
    assertThat(readme).contains("project (group) `" + SeedData.GROUP_ID + "`")
        .contains("AWS peer `" + SeedData.AWS_PEER_ID + "` in container `" + SeedData.AWS_CONTAINER_ID + "`")
        .contains("AZURE peer `" + SeedData.AZURE_PEER_ID + "` in container `" + SeedData.AZURE_CONTAINER_ID + "`")
        .contains("GCP peer `" + SeedData.GCP_PEER_ID + "` in container `" + SeedData.GCP_CONTAINER_ID + "`");
  }
}
