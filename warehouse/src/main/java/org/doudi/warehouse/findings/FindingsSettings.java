package org.doudi.warehouse.findings;

import org.doudi.warehouse.dictionary.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configuration the rules read: the day of the following month a period's forms are due ({@code
 * doudi.deadline.day-of-next-month}, default 25) and the campaign's first period ({@code
 * doudi.campaign.start}, default 2024-11).
 */
@Component
class FindingsSettings {

  private final int deadlineDay;
  private final Period campaignStart;

  FindingsSettings(
      @Value("${doudi.deadline.day-of-next-month:25}") int deadlineDay,
      @Value("${doudi.campaign.start:2024-11}") String campaignStart) {
    if (deadlineDay < 1 || deadlineDay > 31) {
      throw new IllegalArgumentException(
          "doudi.deadline.day-of-next-month 应为 1 到 31 之间的日期，而不是 " + deadlineDay);
    }
    this.deadlineDay = deadlineDay;
    this.campaignStart = Period.require(campaignStart);
  }

  int deadlineDay() {
    return deadlineDay;
  }

  Period campaignStart() {
    return campaignStart;
  }
}
