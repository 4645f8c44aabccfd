package dev.peerkit.atlas.peering.cli;

import dev.peerkit.atlas.peering.client.errors.AtlasApiException;
import dev.peerkit.atlas.peering.client.errors.AtlasException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code atlas-peering}: the command line of the Atlas peering SDK. Exit codes: 0 success, 1 Atlas
 * answered with an error, 2 invalid usage or input (nothing sent), 3 Atlas not reached or too slow.
 * Errors are one line on standard error; stack traces only with {@code --debug}; secrets never.
 */
@Command(name = "atlas-peering", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Update MongoDB Atlas network peering connections, or run a local Atlas simulator.",
    subcommands = {UpdatePeeringConnectionCommand.class, SimulatorCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class AtlasPeeringCli {

  @Mixin
  private GlobalOptions global;

  private Console console;

  GlobalOptions global() {
    return global;
  }

  Console console() {
    return console;
  }

  /**
   * Runs {@code atlas-peering} in this process and exits with its exit code.
   *
   * @param args command line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, new Console(System.getenv(), System.in, out, err)));
  }

  /**
   * Runs a command line and returns its exit code; never calls {@code System.exit}.
   *
   * @param args command line arguments
   * @param console environment and streams to use
   * @return the exit code, see {@link ExitCode}
   */
  public static int run(String[] args, Console console) {
    configureLogging(Arrays.asList(args).contains("--debug"));
    AtlasPeeringCli root = new AtlasPeeringCli();
    root.console = console;
    CommandLine cli = new CommandLine(root)
        .setOut(console.out())
        .setErr(console.err())
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, root.global.debug, console.err()))
        .setParameterExceptionHandler((e, args2) -> {
          console.err().println("Error: " + e.getMessage());
          console.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE;
        });
    int code = cli.execute(args);
    console.out().flush();
    console.err().flush();
    return code;
  }

  /** Maps an exception to one stderr line and an exit code. */
  static int report(Exception e, boolean debug, PrintWriter err) {
    int code;
    String message;
    if (e instanceof UsageException || e instanceof AtlasValidationException) {
      code = ExitCode.USAGE;
      message = e.getMessage();
    } else if (e instanceof AtlasApiException api) {
      code = ExitCode.API_ERROR;
      message = "Atlas answered HTTP " + api.httpStatus()
          + (api.errorCode() == null ? "" : " " + api.errorCode())
          + (api.detail() != null ? ": " + api.detail()
              : api.bodyExcerpt() != null && !api.bodyExcerpt().isEmpty() ? ": " + api.bodyExcerpt() : "");
    } else if (e instanceof OAuthTokenException && ((OAuthTokenException) e).status() == -1) {
      code = ExitCode.UNREACHABLE;
      message = e.getMessage();
    } else if (e instanceof AtlasTransportException) {
      code = ExitCode.UNREACHABLE;
      message = e.getMessage();
    } else if (e instanceof AtlasException) {
      code = ExitCode.API_ERROR;
      message = e.getMessage();
    } else {
      code = ExitCode.API_ERROR;
      message = "Unexpected failure: " + e;
    }
    err.println("Error: " + message);
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** slf4j-simple reads these once, when the first logger is made: set them before that. */
  private static void configureLogging(boolean debug) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", debug ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc", "warn");
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J so the levels above apply.
    System.setProperty("org.jboss.logging.provider", "slf4j");
  }

}
