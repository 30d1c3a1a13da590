package org.doudi.warehouse.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void formsAreDueOnTheDayOfTheNextMonthOrItsLastDayWhenShorter() {
    assertThat(Period.require("2024-12").deadline(25)).isEqualTo(LocalDate.of(2025, 1, 25));
    assertThat(Period.require("2025-01").deadline(31)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Period.require("2024-01").deadline(30)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.require("2025-03").deadline(31)).isEqualTo(LocalDate.of(2025, 4, 30));
  }
}
