package dev.peerkit.atlas.peering.cli;

/** Bad usage or input, found before anything was sent; ends in exit code {@value ExitCode#USAGE}. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message names the flag or field and what is expected */
  public UsageException(String message) {
    super(message);
  }
}
