package org.doudi.dashboard.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

  private static final long MS = 1_000_000L;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private long now = 1_000 * MS;
  private final ProgressLines progress =
      new ProgressLines(new PrintStream(out, true, StandardCharsets.UTF_8), () -> now);

  @Test
  void aLongLoadShowsALineEveryHalfSecondAndItsEnd() {
    // when
    progress.update("读取", 0, 0);
    now += 300 * MS;
    progress.update("读取", 120_000, 7);
    now += 300 * MS;
    progress.update("读取", 250_000, 15);
    now += 100 * MS;
    progress.update("读取", 300_000, 18);
    now += 600 * MS;
    progress.update("校验", 1_000_000, 75);
    now += 100 * MS;
    progress.update("写入", 1_000_000, 100);
    // then
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("  读取：250,000 行，15%\n  校验：1,000,000 行，75%\n  写入：1,000,000 行，100%\n");
  }

  @Test
  void aLoadDoneWithinHalfASecondShowsNoProgress() {
    // when
    progress.update("读取", 0, 0);
    now += 200 * MS;
    progress.update("校验", 50, 75);
    now += 200 * MS;
    progress.update("写入", 50, 100);
    // then
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
