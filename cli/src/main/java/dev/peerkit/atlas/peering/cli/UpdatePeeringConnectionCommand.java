package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.AtlasPeeringClientBuilder;
import dev.peerkit.atlas.peering.client.AtlasResponse;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
          + " preferred), else MONGODB_ATLAS_PUBLIC_API_KEY + MONGODB_ATLAS_PRIVATE_API_KEY (Digest),"
          + " else the -P profile of the Atlas CLI's config.toml.",
      "Prints the peering connection's JSON as Atlas sent it (unwrapped with --envelope)."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:success", "1:Atlas answered with an error", "2:invalid usage or input; nothing was sent",
      "3:Atlas could not be reached or did not answer in time"})
final class UpdatePeeringConnectionCommand implements Callable<Integer> {

  @ParentCommand
  private AtlasPeeringCli root;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = {"--groupId", "--projectId"}, paramLabel = "<groupId>",
      description = "Project id: 24 hexadecimal digits. Else MONGODB_ATLAS_PROJECT_ID, else the profile's project_id.")
  String groupId;

  @Option(names = "--peerId", paramLabel = "<peerId>",
      description = "Peering connection id: 24 hexadecimal digits (required without --batch).")
  String peerId;

  @Option(names = "--batch", paramLabel = "<updates.jsonl>",
      description = {"Send many updates from a JSON-lines file, one {\"groupId\",\"peerId\",\"body\"} per line"
          + " (--groupId is the default groupId), in order, in one process with one token, paced by"
          + " the adaptive rate limiter. Writes one JSON outcome per input line to --report.",
          "Exit code: 0 all succeeded, 1 some Atlas errors, 2 invalid lines, 3 transport failures"
          + " or interrupted."})
  String batch;

  @Option(names = "--report", paramLabel = "<path>",
      description = "With --batch: write the JSON-lines report here instead of standard output.")
  String report;

  @Option(names = "--resume", paramLabel = "<report>",
      description = "With --batch: skip the lines whose outcome in this earlier report is final"
          + " (succeeded, invalid, or an Atlas 4xx other than 429), copying it to the new report.")
  String resume;

  @Option(names = "--file", paramLabel = "<path>",
      description = "JSON body (AWS, AZURE or GCP shape); '-' or no flag reads standard input.")
  String file;

  @Option(names = "--envelope", description = "Ask Atlas for {\"status\",\"content\"}; the output is unwrapped.")
  boolean envelope;

  @Option(names = "--pretty", description = "Indent the JSON output (and ask Atlas for pretty=true).")
  boolean pretty;

  @Option(names = "--version", paramLabel = "<date>",
      description = "API version: a release date, served by the operation's latest resource version on"
          + " or before it. Default: the latest resource version.")
  String apiVersion;

  @Option(names = {"--outputFile", "--output-file"}, paramLabel = "<path>",
      description = "Write the result here ('-' for standard output) instead of standard output.")
  String outputFile;

  @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "json",
      description = "Output format, as in the Atlas CLI; only json is supported. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = {"-P", "--profile"}, paramLabel = "<name>",
      description = "Read unset credentials, base URL and project id from this profile of the Atlas CLI's"
          + " config.toml ($XDG_CONFIG_HOME/atlascli or ~/.config/atlascli on Linux).")
  String profile;

  @Override
  public Integer call() throws IOException {
    Console console = root.console();
    checkFlags();
    Map<String, String> fromProfile = profile == null ? Map.of() : AtlasCliProfile.read(console.env(), profile);
    if (batch != null) {
      return batch(console, fromProfile);
    }
    if (peerId == null) {
      throw new UsageException("Missing --peerId (or --batch <updates.jsonl>); see 'atlas-peering"
          + " updatePeeringConnection --help'");
    }
    String project = projectId(console.env(), fromProfile);
    Path target = outputPath();
    String text = readBody(console);
    RequestBodyReader.Result body = new RequestBodyReader().read(text, source(), peerId);
    body.warnings().forEach(warning -> console.err().println(TerminalText.escape(warning)));
    AtlasResponse<PeeringConnection> updated;
    String version = apiVersion != null ? apiVersion : AtlasPeeringClientBuilder.DEFAULT_API_VERSION;
    try (AtlasPeeringClient client = ClientFactory.create(console, root.global(), version, fromProfile)) {
      updated = client.updatePeeringConnectionWithResponse(new UpdatePeeringConnectionRequest(
          project, peerId, body.body(), envelope, pretty));
    }
    ObjectMapper mapper = new ObjectMapper();
    // Atlas's JSON goes to a terminal: control and bidi characters leave as \\uXXXX escapes.
    mapper.getFactory().setCharacterEscapes(new TerminalText.JsonEscapes());
    String json = (pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer())
        .writeValueAsString(updated.json());
    return write(console, target, json);
  }

  private int batch(Console console, Map<String, String> fromProfile) {
    if (peerId != null || file != null || outputFile != null) {
      throw new UsageException("--batch takes the ids and bodies from its lines and writes --report:"
          + " drop --peerId, --file and --output-file");
    }
    String defaultGroup = groupId != null ? groupId
        : ClientFactory.value(ClientFactory.settings(console.env(), fromProfile), ClientFactory.PROJECT_ID);
    String version = apiVersion != null ? apiVersion : AtlasPeeringClientBuilder.DEFAULT_API_VERSION;
    Path reportPath = report == null || report.equals("-") ? null : Path.of(report).toAbsolutePath();
    return new BatchUpdate(console,
        () -> ClientFactory.create(console, root.global(), version, fromProfile, true),
        defaultGroup, envelope, pretty)
        .run(Path.of(batch), reportPath, resume == null ? null : Path.of(resume));
  }

  /** Flags first, then the environment, then the profile, as the Atlas CLI does. */
  private String projectId(Map<String, String> env, Map<String, String> fromProfile) {
    String project = groupId != null ? groupId
        : ClientFactory.value(ClientFactory.settings(env, fromProfile), ClientFactory.PROJECT_ID);
    if (project == null) {
      throw new UsageException("Missing --groupId (or --projectId, " + ClientFactory.PROJECT_ID
          + ", or project_id in the --profile); see 'atlas-peering updatePeeringConnection --help'");
    }
    return project;
  }

  private void checkFlags() {
    if (!output.equals("json")) {
      throw new UsageException("--output " + output + " is not supported; only json is");
    }
  }

  /** Checks --output-file before anything is sent, so a successful update is never lost. */
  private Path outputPath() {
    if (outputFile == null || outputFile.equals("-")) {
      return null;
    }
    Path path = Path.of(outputFile).toAbsolutePath();
    Path parent = path.getParent();
    if (outputFile.isBlank() || Files.isDirectory(path) || parent == null || !Files.isDirectory(parent)
        || !Files.isWritable(parent) || (Files.exists(path) && !Files.isWritable(path))) {
      throw new UsageException("--output-file " + outputFile + " cannot be written: give a file path"
          + " in an existing, writable folder");
    }
    return path;
  }

  private static int write(Console console, Path target, String json) {
    if (target != null) {
      try {
        Files.writeString(target, json + System.lineSeparator(), StandardCharsets.UTF_8);
        return ExitCode.OK;
      } catch (IOException e) {
        console.err().println("Error: the update was applied, but writing --output-file failed ("
            + e.getMessage() + "); the result follows on standard output");
      }
    }
    console.out().println(json);
    console.out().flush();
    if (console.out().checkError()) {
      console.err().println("Error: the update was applied, but standard output could not be written");
      return ExitCode.API_ERROR;
    }
    return target == null ? ExitCode.OK : ExitCode.API_ERROR;
  }

  private String source() {
    return file == null || file.equals("-") ? "standard input" : "--file " + file;
  }

  private String readBody(Console console) {
    if ((file == null || file.equals("-")) && console.interactive()) {
      console.err().println("Reading the JSON body from standard input (end with Ctrl-D), or use --file <path>");
    }
    byte[] bytes = BodyInput.read(file, console.in(), source());
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new UsageException("The body from " + source() + " is not valid UTF-8");
    }
  }
}
