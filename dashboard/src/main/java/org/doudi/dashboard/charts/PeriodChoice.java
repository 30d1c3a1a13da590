package org.doudi.dashboard.charts;

/**
 * One choice of a page's period selector.
 *
 * @param key what the page asks for: {@code 2024-12}, or {@link PeriodRange#CAMPAIGN}
 * @param label what people read: {@code 2024年12月}, 全周期（截至2024年12月）
 */
public record PeriodChoice(String key, String label) {}
