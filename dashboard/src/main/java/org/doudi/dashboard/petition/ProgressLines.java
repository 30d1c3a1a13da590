package org.doudi.dashboard.petition;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.doudi.etl.fileload.LoadProgress;

/**
 * Prints a petition load's progress on the command line's stderr: a line at most every half second,
 * from the first half second on, and the last one (100 %) when it printed any. A file done sooner,
 * or already loaded, shows only its result.
 */
final class ProgressLines implements LoadProgress {

  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintStream err;
  private final LongSupplier nanoTime;
  private long last;
  private boolean shown;

  ProgressLines(PrintStream err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  @Override
  public void update(String phase, long rows, int percent) {
    long now = nanoTime.getAsLong();
    if (now - last > INTERVAL_NANOS || (percent >= 100 && shown)) {
      last = now;
      shown = true;
      err.printf("  %s：%,d 行，%d%%%n", phase, rows, percent);
    }
  }
}
