package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.AtlasResponse;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasConnectException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code updatePeeringConnection --batch FILE}: one update per JSON line, {@code {"groupId",
 * "peerId", "body"}}, sent in order by one client (one token, the adaptive rate limiter), with one
 * report line per input line, in input order, flushed as each finishes. Nothing is lost: an invalid
 * line is reported and the batch goes on; on Ctrl-C the line in flight finishes (or, if it is still
 * waiting for the rate limit, is marked {@code INTERRUPTED}) and the batch stops; {@code --resume}
 * copies the final outcomes of an earlier report and sends only the other lines.
 */
final class BatchUpdate {

  private final Console console;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Supplier<AtlasPeeringClient> clients;
  private final String defaultGroupId;
  private final boolean envelope;
  private final boolean pretty;
  private volatile boolean stopping;

  BatchUpdate(Console console, Supplier<AtlasPeeringClient> clients, String defaultGroupId,
      boolean envelope, boolean pretty) {
    this.console = console;
    this.clients = clients;
    this.defaultGroupId = defaultGroupId;
    this.envelope = envelope;
    this.pretty = pretty;
  }

  int run(Path input, Path report, Path resume) {
    List<String> lines = readLines(input);
    Map<Integer, JsonNode> done = resume == null ? Map.of() : finalOutcomes(resume);
    Thread runner = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stopping = true; // Ctrl-C: finish or mark the line in flight, then stop
      runner.interrupt();
      try {
        finished.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "batch-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    Tally tally = new Tally();
    // The client first: a usage error (no credentials) must not truncate an existing report.
    try (AtlasPeeringClient client = clients.get();
        PrintWriter out = report == null ? console.out() : openReport(report);
        BatchProgress progress = BatchProgress.create(console, lines.size())) {
      for (int i = 0; i < lines.size(); i++) {
        int number = i + 1;
        JsonNode outcome = done.get(number);
        if (outcome == null) {
          if (stopping || Thread.interrupted()) {
            stopping = true;
            break;
          }
          outcome = update(client, number, lines.get(i));
        }
        out.println(mapper.writeValueAsString(outcome));
        out.flush();
        tally.add(outcome);
        progress.step(tally);
      }
      progress.done(tally, stopping);
      Thread.interrupted(); // the interrupt has done its work: closing (the token's revoke) must not see it
    } catch (IOException e) {
      throw new UsageException("Cannot write the report: " + e.getMessage());
    } finally {
      // Before the latch: once the hook returns, the JVM halts and nothing more is printed.
      if (stopping) {
        console.err().println("Interrupted after " + tally.total + " of " + lines.size()
            + " lines; run again with --resume <report> to send the rest");
        console.err().flush();
      }
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it waits for the latch above
      }
    }
    if (stopping) {
      Thread.currentThread().interrupt();
    }
    return tally.exitCode(stopping);
  }

  private JsonNode update(AtlasPeeringClient client, int number, String text) {
    JsonNode line;
    try {
      line = mapper.readTree(text);
    } catch (IOException e) {
      return invalid(number, null, null, "line " + number + " is not JSON");
    }
    if (line == null || !line.isObject()) {
      return invalid(number, null, null, "line " + number + " is not a JSON object");
    }
    String groupId = line.hasNonNull("groupId") ? line.get("groupId").asText() : defaultGroupId;
    String peerId = line.path("peerId").isTextual() ? line.get("peerId").asText() : null;
    if (groupId == null || peerId == null || !line.path("body").isObject()) {
      return invalid(number, groupId, peerId, "line " + number + " needs \"groupId\" (or --groupId),"
          + " \"peerId\" and an object \"body\"");
    }
    try {
      RequestBodyReader.Result body = new RequestBodyReader().read(line.get("body").toString(),
          "line " + number, peerId);
      AtlasResponse<PeeringConnection> answer = client.updatePeeringConnectionWithResponse(
          new UpdatePeeringConnectionRequest(groupId, peerId, body.body(), envelope, pretty));
      return BatchOutcome.of(mapper, number, groupId, peerId, BatchOutcome.SUCCEEDED, answer.status(), null,
          ExitCode.OK, null, answer.json());
    } catch (UsageException | AtlasValidationException e) {
      return invalid(number, groupId, peerId, e.getMessage());
    } catch (RuntimeException e) {
      if (e instanceof AtlasApiError api) {
        return BatchOutcome.of(mapper, number, groupId, peerId, BatchOutcome.ATLAS_ERROR, api.httpStatus(),
            api.errorCode(), ExitCode.API_ERROR, api.detail(), apiError(api));
      }
      if (e instanceof OAuthTokenException token && token.status() > 0) { // the token endpoint said no
        return BatchOutcome.of(mapper, number, groupId, peerId, BatchOutcome.ATLAS_ERROR, token.status(),
            token.error(), ExitCode.API_ERROR, token.getMessage(), null);
      }
      // Interrupted only if nothing went out; a request cut after it was sent may have been applied.
      boolean mayHaveBeenSent = e instanceof AtlasTransportException && !(e instanceof AtlasConnectException);
      boolean interrupted = (stopping || Thread.currentThread().isInterrupted()) && !mayHaveBeenSent;
      return BatchOutcome.of(mapper, number, groupId, peerId,
          interrupted ? BatchOutcome.INTERRUPTED : BatchOutcome.TRANSPORT_ERROR, -1, null,
          ExitCode.UNREACHABLE, e.getMessage(), null);
    }
  }

  private ObjectNode invalid(int number, String groupId, String peerId, String reason) {
    return BatchOutcome.of(mapper, number, groupId, peerId, BatchOutcome.INVALID, -1, null, ExitCode.USAGE,
        reason, null);
  }

  private ObjectNode apiError(AtlasApiError api) {
    ObjectNode error = mapper.createObjectNode();
    error.put("error", api.httpStatus());
    error.put("errorCode", api.errorCode());
    error.put("detail", api.detail());
    error.put("reason", api.reason());
    error.set("parameters", mapper.valueToTree(api.parameters()));
    return error;
  }

  private static List<String> readLines(Path input) {
    try {
      return Files.readAllLines(input, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("Cannot read --batch " + input + ": " + e.getMessage());
    }
  }

  /** The lines whose outcome in an earlier report is final, by line number. */
  private Map<Integer, JsonNode> finalOutcomes(Path resume) {
    Map<Integer, JsonNode> outcomes = new HashMap<>();
    for (String text : readResume(resume)) {
      try {
        JsonNode outcome = mapper.readTree(text);
        if (outcome != null && outcome.path("line").isInt() && BatchOutcome.isFinal(outcome)) {
          outcomes.put(outcome.get("line").asInt(), outcome);
        }
      } catch (IOException unreadable) {
        // a line cut by a crash: not final, sent again
      }
    }
    return outcomes;
  }

  private static List<String> readResume(Path resume) {
    try {
      return Files.readAllLines(resume, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("Cannot read --resume " + resume + ": " + e.getMessage());
    }
  }

  /** Not a FileChannel: an interrupt (Ctrl-C) must not close the report. */
  private static PrintWriter openReport(Path report) throws IOException {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(report.toFile()), StandardCharsets.UTF_8));
  }

  /** Counts per outcome; the exit code summarises them. */
  static final class Tally {
    int total;
    int succeeded;
    int atlasErrors;
    int invalid;
    int transport;
    int interrupted;

    void add(JsonNode outcome) {
      total++;
      switch (outcome.path("outcome").asText()) {
        case BatchOutcome.SUCCEEDED -> succeeded++;
        case BatchOutcome.ATLAS_ERROR -> atlasErrors++;
        case BatchOutcome.INVALID -> invalid++;
        case BatchOutcome.INTERRUPTED -> interrupted++;
        default -> transport++;
      }
    }

    int exitCode(boolean stopped) {
      if (transport > 0 || interrupted > 0 || stopped) {
        return ExitCode.UNREACHABLE;
      }
      if (invalid > 0) {
        return ExitCode.USAGE;
      }
      return atlasErrors > 0 ? ExitCode.API_ERROR : ExitCode.OK;
    }

    @Override
    public String toString() {
      return succeeded + " succeeded, " + atlasErrors + " Atlas errors, " + invalid + " invalid, "
          + transport + " transport failures" + (interrupted > 0 ? ", " + interrupted + " interrupted" : "");
    }
  }
}
