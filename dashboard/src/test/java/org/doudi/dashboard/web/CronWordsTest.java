package org.doudi.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CronWordsTest {

  @Test
  void readsTheSchedulesTheProductWritesAsWords() {
    // when / then
    assertThat(CronWords.of("0 0 9 26 * *")).isEqualTo("每月26日 09:00");
    assertThat(CronWords.of("0 30 2 * * *")).isEqualTo("每天 02:30");
    assertThat(CronWords.of("0 0 8 * * 1")).isEqualTo("每周一 08:00");
    assertThat(CronWords.of("0 15 17 * * MON-FRI")).isEqualTo("每个工作日 17:15");
    assertThat(CronWords.of("0 0 9 L * *")).isEqualTo("每月最后一天 09:00");
    assertThat(CronWords.of("-")).isEqualTo("不定时");
  }

  @Test
  void givesAScheduleItCannotReadAsWrittenAndSaysItIsOne() {
    // when / then
    assertThat(CronWords.of("0 0/5 * * * *")).isEqualTo("定时规则 0 0/5 * * * *");
  }
}
