package org.doudi.dashboard.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaksOnly() {
    // when
    String line =
        Csv.line(
            Arrays.asList(
                "2024-12",
                null,
                "a,b",
                "说“关系保”",
                "say \"x\"",
                "two\nlines",
                new BigDecimal("500.00")));

    // then
    assertThat(line).isEqualTo("2024-12,,\"a,b\",说“关系保”,\"say \"\"x\"\"\",\"two\nlines\",500");
  }

  @Test
  void writesAmountsWithoutTrailingZeros() {
    // when / then
    assertThat(Csv.field(new BigDecimal("39149.10"))).isEqualTo("39149.1");
    assertThat(Csv.field(new BigDecimal("3.00"))).isEqualTo("3");
  }
}
