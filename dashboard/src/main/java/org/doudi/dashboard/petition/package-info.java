/**
 * Petition logs in the application: the {@code ingest petitions} command, the real-name complaint
 * ledger (实名投诉举报台账) pages and the audited per-case "查看个人信息".
 */
package org.doudi.dashboard.petition;
