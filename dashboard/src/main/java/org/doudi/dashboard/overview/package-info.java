/**
 * The leading group's overview at {@code /}: period selector, KPI cards with their change, trend
 * charts, the street comparison, the discrepancy heat map and the top findings.
 */
package org.doudi.dashboard.overview;
