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

  /** Returns the month as 2024年12月. */
  public String periodLabel() {
    return org.doudi.warehouse.dictionary.Period.parse(period)
        .map(org.doudi.warehouse.dictionary.Period::label)
        .orElse(period);
  }

  /** Returns the street's value with 千分位, or — when there is none. */
  public String streetValueText() {
    return FigureText.of(streetValue);
  }

  /** Returns the compared value with 千分位, or — when there is none. */
  public String otherValueText() {
    return FigureText.of(otherValue);
  }

  /**
   * Returns the finding's figures in the rule's own words (迟报天数 5; 超期未核实件数 3，最长已受理天数 138), so that
   * no column changes its meaning from one rule to the next.
   */
  public String figuresText() {
    String[] names = FindingLabels.figureNames(rule);
    StringBuilder text = new StringBuilder();
    if (streetValue != null) {
      text.append(names[0]).append(' ').append(streetValueText());
    }
    if (otherValue != null && names[1] != null) {
      text.append(text.length() > 0 ? "；" : "")
          .append(names[1])
          .append(' ')
          .append(otherValueText());
    }
    return text.length() == 0 ? "—" : text.toString();
  }

  /** Returns the name of the street's figure under this rule. */
  public String streetValueName() {
    return FindingLabels.figureNames(rule)[0];
  }

  /** Returns the name of the compared figure under this rule, or null where there is none. */
  public String otherValueName() {
    return FindingLabels.figureNames(rule)[1];
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
