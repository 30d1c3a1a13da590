/**
 * The findings as people meet them: the findings page (核查发现) filtered by period, street, rule,
 * severity and status with exports safe against formula injection, the {@code findings} command
 * (recompute, then the {@code finding} view as CSV), and the JSON actions of the work team's
 * workflow under {@code /api/findings/{id}/...}.
 */
package org.doudi.dashboard.findings;
