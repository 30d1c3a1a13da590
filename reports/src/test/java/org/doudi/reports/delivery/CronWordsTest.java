package org.doudi.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class CronWordsTest {

  @Test
  void saysCommonSchedulesInPlainWords() {
    // then
    assertThat(CronWords.describe("0 0 8 * * MON")).isEqualTo("每周一 8:00");
    assertThat(CronWords.describe("0 0 9 26 * *")).isEqualTo("每月26日 9:00");
    assertThat(CronWords.describe("0 30 7 * * *")).isEqualTo("每天 7:30");
    assertThat(CronWords.describe("0 0 8 * * MON-FRI")).isEqualTo("每个工作日（周一至周五）8:00");
    assertThat(CronWords.describe("0 0 17 * * MON,FRI")).isEqualTo("每周一、周五 17:00");
    assertThat(CronWords.describe("0 0 8 L * *")).isEqualTo("每月最后一天 8:00");
  }

  @Test
  void fallsBackToTheExpressionWhenItIsNotASimpleOne() {
    // then
    assertThat(CronWords.describe("0 */5 * * * *")).isEqualTo("按 cron 表达式“0 */5 * * * *”");
  }

  @Test
  void everyChoiceIsAValidCronWhoseWordsMatchItsDescription() {
    // then
    for (CronWords.Choice choice : CronWords.CHOICES) {
      assertThat(CronExpression.isValidExpression(choice.cron())).as(choice.cron()).isTrue();
      assertThat(CronWords.describe(choice.cron())).isEqualTo(choice.words());
    }
  }
}
