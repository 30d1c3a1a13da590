/**
 * The problem list and rectification ledger (问题清单, 整改台账) in the browser: the list, an item's page
 * with its workflow, putting a finding or a real-name complaint on the list in one click, and the
 * district ledger as xlsx. The rules live in {@code warehouse.rectification}; this package adds the
 * pages, the street scope of the logged-in person and the audit.
 */
package org.doudi.dashboard.rectification;
