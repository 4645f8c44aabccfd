package dev.peerkit.atlas.peering.cli;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The jar layout behind a lean one-shot update: {@code atlas-peering.jar} holds the CLI and the SDK
 * only; the local Atlas ({@code simulator}, {@code demo}: Jetty, swagger-request-validator and their
 * dependencies) is in {@code atlas-peering-simulator.jar} beside it, which the JVM never opens for
 * an update.
 *
 * <ul>
 *   <li>An update command line registers only the update command with picocli, so neither the
 *       simulator's classes nor the commands that name them are loaded.
 *   <li>Any other command line (demo, simulator, help, no command) registers every command. When the
 *       simulator is not on this class path (the lean jar), {@link #relaunch} first runs the same
 *       {@code main} again in a class loader over both jars.
 * </ul>
 *
 * From the module's classes (tests, an IDE) the simulator is on the class path: nothing is relaunched.
 */
final class LocalAtlasCommands {

  /** The jar beside {@code atlas-peering.jar} that holds the simulator and its dependencies. */
  static final String SIMULATOR_JAR = "atlas-peering-simulator.jar";

  private static final Set<String> UPDATE = Set.of("updatePeeringConnection", "updateGroupPeer");
  private static final Set<String> LOCAL = Set.of("simulator", "demo", "help");
  private static final String SIMULATOR_CLASS = "dev/peerkit/atlas/peering/simulator/AtlasSimulator.class";

  private LocalAtlasCommands() {}

  /**
   * True for a command line that runs an update and nothing else: it names an update command and no
   * other command. Anything ambiguous (an option value spelled like a command) counts as not lean,
   * which is always correct, only slower.
   */
  static boolean isUpdateOnly(String[] args) {
    List<String> list = List.of(args);
    return list.stream().anyMatch(UPDATE::contains) && list.stream().noneMatch(LOCAL::contains);
  }

  /** Adds the simulator and demo commands unless the command line is an update; then help. */
  static CommandLine addTo(CommandLine cli, String[] args) {
    if (!isUpdateOnly(args) && simulatorOnClassPath()) {
      cli.addSubcommand(new SimulatorCommand());
      cli.addSubcommand(new DemoCommand());
    }
    return cli.addSubcommand(new CommandLine.HelpCommand());
  }

  /**
   * Runs {@code AtlasPeeringCli.main(args)} again in a class loader that also sees {@link
   * #SIMULATOR_JAR}, when this command line may need the simulator and this class path lacks it.
   *
   * @return false when nothing was relaunched (the caller goes on); otherwise the relaunched main
   *     has called {@code System.exit} and this does not return normally
   * @throws UsageException when {@code demo} or {@code simulator} is asked for and the jar is missing
   */
  static boolean relaunch(String[] args) {
    if (isUpdateOnly(args) || simulatorOnClassPath()) {
      return false;
    }
    Path jar = ownJar();
    Path simulatorJar = jar == null ? null : jar.resolveSibling(SIMULATOR_JAR);
    if (simulatorJar == null || !Files.isRegularFile(simulatorJar)) {
      if (List.of(args).contains("demo") || List.of(args).contains("simulator")) {
        throw new UsageException("'demo' and 'simulator' need " + SIMULATOR_JAR + " beside "
            + (jar == null ? "atlas-peering.jar" : jar.getFileName()) + " (built by ./mvnw install)");
      }
      return false; // help and the like still work, listing the update command
    }
    try {
      // Parent: the platform loader, so every class of the CLI comes from this one loader, its own.
      URLClassLoader both = new URLClassLoader("atlas-peering-local",
          new URL[] {url(jar), url(simulatorJar)}, ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(both);
      both.loadClass(AtlasPeeringCli.class.getName()).getMethod("main", String[].class)
          .invoke(null, (Object) args);
      return true;
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException | MalformedURLException e) {
      throw new IllegalStateException("cannot load " + simulatorJar + ": " + e, e);
    }
  }

  static boolean simulatorOnClassPath() {
    return LocalAtlasCommands.class.getClassLoader().getResource(SIMULATOR_CLASS) != null;
  }

  /** The jar this class was loaded from, or null when it comes from a directory. */
  private static Path ownJar() {
    CodeSource source = LocalAtlasCommands.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static URL url(Path path) throws MalformedURLException {
    return new File(path.toString()).toURI().toURL();
  }
}
