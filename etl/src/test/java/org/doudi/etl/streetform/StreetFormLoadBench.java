package org.doudi.etl.streetform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doudi.etl.EtlTestApplication;
import org.doudi.etl.WarehouseTest;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.sheet.WorkbookGrids;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.load.LoadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Measures forms per second for a batch of 100 workbooks (10 streets × 10 months), through the
 * whole job (staging, reading, checking, one transaction per file, load log) and the reader alone.
 * Run with {@code ./mvnw -B -q -pl etl -am test -Dtest=StreetFormLoadBench
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddoudi.bench=true}.
 */
@SpringBootTest(classes = EtlTestApplication.class)
@EnabledIfSystemProperty(named = "doudi.bench", matches = "true")
class StreetFormLoadBench extends WarehouseTest {

  @Autowired FileLoadLauncher loader;
  @Autowired StreetFormReader reader;
  @Autowired StreetDictionary streets;

  @Test
  void loadsAHundredWorkbooks(@TempDir Path dir) throws Exception {
    // given
    List<Path> files = new ArrayList<>();
    for (Street street : streets.all()) {
      for (int month = 1; month <= 10; month++) {
        FormWorkbook workbook =
            new FormWorkbook()
                .field("街镇", street.name())
                .field("统计期", "2025年" + month + "月")
                .value(Metric.RENQING_RECOVERED_YUAN, "￥1,2" + (month % 10) + "0.50");
        if (month % 3 == 0) {
          workbook.twoCellFields().blankColumnAt(5);
        }
        if (month % 4 == 0) {
          workbook.xls();
        }
        String ending = month % 4 == 0 ? ".xls" : ".xlsx";
        files.add(workbook.write(dir.resolve(street.code() + "-" + month + ending)));
      }
    }
    // warm up the reader (JIT, POI's XML beans) on every file once
    for (Path file : files) {
      reader.read(file, file.getFileName().toString(), null, null);
    }
    // when: reader alone
    long parseStart = System.nanoTime();
    for (Path file : files) {
      FormFileRead read = reader.read(file, file.getFileName().toString(), null, null);
      assertThat(read.errors()).isEmpty();
    }
    double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
    long openStart = System.nanoTime();
    for (Path file : files) {
      WorkbookGrids.read(file, file.getFileName().toString(), 100L << 20);
    }
    double openSeconds = (System.nanoTime() - openStart) / 1e9;
    // when: the whole job
    long loadStart = System.nanoTime();
    List<FileOutcome> outcomes =
        loader.run(LoadKind.STREET_FORM, Samples.request(files, null, "bench"));
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    // then
    assertThat(outcomes).allMatch(o -> o.status() == FileOutcome.Status.OK);
    String result =
        String.format(
            "street forms bench: %d workbooks; POI opening alone %.2f s; reader alone %.2f s"
                + " (%.0f forms/s); whole job %.2f s (%.1f forms/s)%n",
            files.size(),
            openSeconds,
            parseSeconds,
            files.size() / parseSeconds,
            loadSeconds,
            files.size() / loadSeconds);
    System.out.print(result);
    Files.writeString(Path.of("target", "bench-street-forms.txt"), result);
  }
}
