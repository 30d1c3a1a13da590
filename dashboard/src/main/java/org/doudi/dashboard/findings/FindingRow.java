package org.doudi.dashboard.findings;

import java.math.BigDecimal;
import org.doudi.dashboard.web.FigureText;

/**
 * One finding as the pages list it.
 *
 * @param id the finding's id, for the workflow's actions
 * @param period the month, YYYY-MM
 * @param streetCode the street's code; null for district-wide findings
 * @param streetName the street's name
 * @param rule the rule's code
 * @param metric the figure's column name; null where none
 * @param metricLabel the figure's Chinese short label; null where none
 * @param streetValue the street's value
 * @param otherValue the value it was compared with
 * @param severity high, medium or low
 * @param message the finding in Chinese
 * @param status open, explained, corrected or closed
 */
public record FindingRow(
    long id,
    String period,
    String streetCode,
    String streetName,
    String rule,
    String metric,
    String metricLabel,
    BigDecimal streetValue,
    BigDecimal otherValue,
    String severity,
    String message,
    String status) {

  /** Returns the street's value with 千分位, or — when there is none. */
  public String streetValueText() {
    return FigureText.of(streetValue);
  }

  /** Returns the compared value with 千分位, or — when there is none. */
  public String otherValueText() {
    return FigureText.of(otherValue);
  }

  /** Returns the rule's Chinese name. */
  public String ruleLabel() {
    return FindingLabels.rule(rule);
  }

  /** Returns the severity's Chinese name. */
  public String severityLabel() {
    return FindingLabels.severity(severity);
  }

  /** Returns the status's Chinese name. */
  public String statusLabel() {
    return FindingLabels.status(status);
  }
}
