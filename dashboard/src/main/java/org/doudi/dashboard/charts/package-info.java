/**
 * The dashboard's charts: ECharts options built in Java from one warehouse query each and served as
 * JSON under {@code /api/charts/...}, with the period and street rules every page shares.
 */
package org.doudi.dashboard.charts;
