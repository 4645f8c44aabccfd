package dev.peerkit.atlas.peering.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a {@code --batch} on standard error: a progress bar (me.tongfei:progressbar) when it
 * is a terminal, else a plain line at most every few seconds and at the end, for logs.
 */
abstract class BatchProgress implements AutoCloseable {

  /** The least time between two plain progress lines. */
  static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

  static BatchProgress create(Console console, int total) {
    return console.interactive() && System.console() != null ? new Bar(total) : new Plain(console.err(), total);
  }

  abstract void step(BatchUpdate.Tally tally);

  abstract void done(BatchUpdate.Tally tally, boolean interrupted);

  @Override
  public void close() {}

  private static final class Bar extends BatchProgress {
    private final ProgressBar bar;

    Bar(int total) {
      bar = new ProgressBarBuilder().setTaskName("Updating").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
          .setUpdateIntervalMillis(250).build();
    }

    @Override
    void step(BatchUpdate.Tally tally) {
      bar.stepTo(tally.total);
      bar.setExtraMessage(tally.atlasErrors + tally.invalid + tally.transport == 0 ? ""
          : " " + (tally.atlasErrors + tally.invalid + tally.transport) + " failed");
    }

    @Override
    void done(BatchUpdate.Tally tally, boolean interrupted) {
      bar.setExtraMessage(interrupted ? " stopped" : " done");
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  private static final class Plain extends BatchProgress {
    private final PrintWriter err;
    private final int total;
    private long lastLine = System.nanoTime();

    Plain(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    @Override
    void step(BatchUpdate.Tally tally) {
      long now = System.nanoTime();
      if (now - lastLine >= PLAIN_INTERVAL_NANOS) {
        lastLine = now;
        err.println("Progress: " + tally.total + "/" + total + " lines (" + tally + ")");
        err.flush();
      }
    }

    @Override
    void done(BatchUpdate.Tally tally, boolean interrupted) {
      err.println((interrupted ? "Stopped: " : "Done: ") + tally.total + "/" + total + " lines (" + tally + ")");
      err.flush();
    }
  }
}
