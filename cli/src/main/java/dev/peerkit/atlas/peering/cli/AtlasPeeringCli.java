package dev.peerkit.atlas.peering.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
    // simulator, demo and help are added by LocalAtlasCommands (an update never loads the simulator).
    subcommands = {UpdatePeeringConnectionCommand.class})
public final class AtlasPeeringCli {

  private static final Set<String> SUBCOMMANDS =
      Set.of("updatePeeringConnection", "updateGroupPeer", "simulator", "demo", "help");

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
    try {
      if (LocalAtlasCommands.relaunch(args)) {
        return;
      }
    } catch (UsageException e) {
      err.println("Error: " + e.getMessage());
      System.exit(ExitCode.USAGE);
    }
    System.exit(run(args, new Console(System.getenv(), System.in, out, err, System.console() != null)));
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
    String misplaced = versionBeforeCommand(args);
    if (misplaced != null) {
      console.err().println("Error: " + misplaced);
      console.err().flush();
      return ExitCode.USAGE;
    }
    AtlasPeeringCli root = new AtlasPeeringCli();
    root.console = console;
    ErrorReport report = new ErrorReport(console.env(), console.err());
    CommandLine cli = LocalAtlasCommands.addTo(new CommandLine(root), args)
        .setOut(console.out())
        .setErr(console.err())
        .setExpandAtFiles(false)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> report.of(e, root.global.debug))
        .setParameterExceptionHandler((e, ignored) -> {
          console.err().println("Error: " + e.getMessage());
          console.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE;
        });
    int code = cli.execute(args);
    console.out().flush();
    console.err().flush();
    return code;
  }

  /**
   * {@code atlas-peering --version 2023-01-01 updatePeeringConnection ...} would print the tool's
   * version and send nothing: say where the API version flag goes instead.
   */
  private static String versionBeforeCommand(String[] args) {
    List<String> list = Arrays.asList(args);
    int command = -1;
    for (int i = 0; i < list.size() && command < 0; i++) {
      if (SUBCOMMANDS.contains(list.get(i))) {
        command = i;
      }
    }
    if (command < 0) {
      return null;
    }
    for (int i = 0; i < command; i++) {
      if (list.get(i).equals("--version") || list.get(i).equals("-V")) {
        return "--version before '" + list.get(command) + "' prints the tool's version; the API version"
            + " flag goes after the command name: atlas-peering " + list.get(command) + " --version <date> ...";
      }
    }
    return null;
  }

  /** slf4j-simple reads these once, when the first logger is made: set them before that. */
  private static void configureLogging(boolean debug) {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showLogName", debug ? "true" : "false");
    System.setProperty("org.slf4j.simpleLogger.warnLevelString", "Warning:");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", debug ? "info" : "warn");
    // HttpClient's own DEBUG logs print raw headers (Authorization included): never enable them here;
    // its WARN lines would add a second stderr line to errors the SDK already names.
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc", "error");
    System.setProperty("org.slf4j.simpleLogger.log.org.hibernate", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.atlassian", "warn");
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J so the levels above apply.
    System.setProperty("org.jboss.logging.provider", "slf4j");
  }
}
