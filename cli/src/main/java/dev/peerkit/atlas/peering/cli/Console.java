package dev.peerkit.atlas.peering.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command reads and writes: the environment, standard input, output and error. Tests pass
 * their own; {@link AtlasPeeringCli#main} passes the process's.
 *
 * @param env environment variables
 * @param in standard input
 * @param out standard output (results)
 * @param err standard error (errors, warnings, progress)
 * @param interactive whether standard input is a terminal, so reading it waits for typing
 */
public record Console(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err,
    boolean interactive) {

  /**
   * A console whose standard input is not a terminal.
   *
   * @param env environment variables
   * @param in standard input
   * @param out standard output
   * @param err standard error
   */
  public Console(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
    this(env, in, out, err, false);
  }
}
