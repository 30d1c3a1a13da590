package org.doudi.warehouse.findings;

/**
 * Published once a change of the findings is committed: a recomputation or a workflow action (说明,
 * 更正, 重新打开), so that answers kept from before it are not served after it.
 *
 * @param findingId the finding a workflow action changed, or {@code null} after a recomputation
 */
public record FindingsChanged(Long findingId) {}
