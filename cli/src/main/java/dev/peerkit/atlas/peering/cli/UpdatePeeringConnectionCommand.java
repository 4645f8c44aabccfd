package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas-peering updatePeeringConnection}: the endpoint itself, with the flags of the Atlas
 * CLI's {@code atlas api networkPeering updatePeeringConnection}.
 */
@Command(name = "updatePeeringConnection", aliases = "updateGroupPeer",
    description = {
      "Update one network peering connection: PATCH /api/atlas/v2/groups/{groupId}/peers/{peerId}.",
      "Credentials come from MONGODB_ATLAS_CLIENT_ID + MONGODB_ATLAS_CLIENT_SECRET (service account,"
          + " preferred), else MONGODB_ATLAS_PUBLIC_API_KEY + MONGODB_ATLAS_PRIVATE_API_KEY (Digest)."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:success", "1:Atlas answered with an error", "2:invalid usage or input; nothing was sent",
      "3:Atlas could not be reached or did not answer in time"})
final class UpdatePeeringConnectionCommand implements Callable<Integer> {

  @ParentCommand
  private AtlasPeeringCli root;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--groupId", required = true, paramLabel = "<groupId>",
      description = "Project id: 24 hexadecimal digits.")
  String groupId;

  @Option(names = "--peerId", required = true, paramLabel = "<peerId>",
      description = "Peering connection id: 24 hexadecimal digits.")
  String peerId;

  @Option(names = "--file", paramLabel = "<path>",
      description = "JSON body (AWS, AZURE or GCP shape); '-' or no flag reads standard input.")
  String file;

  @Option(names = "--envelope", description = "Ask Atlas for {\"status\",\"content\"}; the output is unwrapped.")
  boolean envelope;

  @Option(names = "--pretty", description = "Indent the JSON output (and ask Atlas for pretty=true).")
  boolean pretty;

  @Option(names = "--version", paramLabel = "<date>", defaultValue = "2025-03-12",
      description = "API version date, sent as application/vnd.atlas.<date>+json. Default: ${DEFAULT-VALUE}.")
  String apiVersion;

  @Option(names = "--output-file", paramLabel = "<path>", description = "Write the result here instead of standard output.")
  Path outputFile;

  @Override
  public Integer call() throws IOException {
    Console console = root.console();
    RequestBodyReader.Result body = new RequestBodyReader().read(readBody(console), source());
    if (body.warning() != null) {
      console.err().println(body.warning());
    }
    PeeringConnection updated;
    try (AtlasPeeringClient client = ClientFactory.create(console.env(), root.global(), apiVersion)) {
      updated = client.updatePeeringConnection(new UpdatePeeringConnectionRequest(
          groupId, peerId, body.body(), envelope, pretty));
    }
    ObjectMapper mapper = AtlasObjectMapper.create();
    ObjectWriter writer = (pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer())
        .forType(PeeringConnection.class);
    String json = writer.writeValueAsString(updated);
    if (outputFile != null) {
      Files.writeString(outputFile, json + System.lineSeparator(), StandardCharsets.UTF_8);
    } else {
      console.out().println(json);
    }
    return ExitCode.OK;
  }

  private String source() {
    return file == null || file.equals("-") ? "standard input" : "--file " + file;
  }

  private String readBody(Console console) {
    try {
      if (file == null || file.equals("-")) {
        return new String(console.in().readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("Cannot read " + source() + ": "
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
    }
  }
}
