/**
 * The findings as the outside sees them: the {@code findings} command (recompute, then the {@code
 * finding} view as CSV) and the JSON actions of the work team's workflow under {@code
 * /api/findings/{id}/...}.
 */
package org.doudi.dashboard.findings;
