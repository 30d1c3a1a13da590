package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A million-row petition log loads in a JVM whose heap is limited to 512 MB: the load streams, so a
 * file of any size never has to fit in memory. Runs the benchmark's load (without its anchors) in a
 * child JVM, because the heap limit is a property of the process. The time it takes is measured by
 * the benchmark, not asserted here.
 */
class PetitionMillionRowsFunctionalTests {

  @Test
  void aMillionRowsLoadWithinA512MegabyteHeap() throws Exception {
    // given: a JVM limited to 512 MB
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                PetitionLoadBenchmark.class.getName(),
                "1000000",
                "--load-only")
            .redirectErrorStream(true)
            .start();
    // when
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = process.waitFor(10, TimeUnit.MINUTES);
    // then
    assertThat(ended).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("petitionLoadJob: LOADED").contains("新增 1000000，更新 0，拒收 0 行");
    Matcher heap = Pattern.compile("max heap (\\d+) MB").matcher(output);
    assertThat(heap.find()).as(output).isTrue();
    assertThat(Long.parseLong(heap.group(1))).isLessThanOrEqualTo(537); // 512 MiB
  }
}
