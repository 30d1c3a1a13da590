package org.doudi.dashboard.overview;

/**
 * One KPI card.
 *
 * @param label what it counts, in Chinese
 * @param value the value with 千分位, e.g. 1,234
 * @param unit the unit shown after it: 人, 元, 件, %
 * @param change the change against the previous period, e.g. +12 or −3.5个百分点; null when none
 * @param trend up, down or flat, for the colour of the change
 * @param note a second line, e.g. the share handled
 * @param alert whether the card asks for attention (open high-severity findings, late forms)
 */
public record Kpi(
    String label,
    String value,
    String unit,
    String change,
    String trend,
    String note,
    boolean alert) {}
