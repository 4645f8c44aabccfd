package dev.peerkit.atlas.peering.cli;

/** The process exit codes of {@code atlas-peering}. */
public final class ExitCode {

  /** The command did what was asked. */
  public static final int OK = 0;
  /** Atlas answered with an error (or the token endpoint refused the service account). */
  public static final int API_ERROR = 1;
  /** Invalid usage or input: nothing was sent. */
  public static final int USAGE = 2;
  /** Atlas could not be reached, or did not answer in time. */
  public static final int UNREACHABLE = 3;

  private ExitCode() {}
}
