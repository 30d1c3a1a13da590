/**
 * The findings page (核查发现): the checks' findings filtered by period, street, rule, severity and
 * status, the workflow's actions on them, and exports to .xlsx and .csv safe against formula
 * injection.
 */
package org.doudi.dashboard.findings;
