package org.doudi.dashboard.findings;

/**
 * Which findings a page or export lists; a null field does not filter.
 *
 * @param from the first month, YYYY-MM
 * @param to the last month, YYYY-MM
 * @param street the street's code
 * @param rule the rule's code, or {@code outlier} for every outlier rule
 * @param severity high, medium or low
 * @param status open, explained, corrected or closed
 */
public record FindingFilter(
    String from, String to, String street, String rule, String severity, String status) {}
