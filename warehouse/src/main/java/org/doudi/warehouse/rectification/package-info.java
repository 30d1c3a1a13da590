/**
 * The problem list and rectification ledger (问题清单, 整改台账, 销号): items from the streets' ledger files
 * or created in the product (by hand, or from a finding, a real-name complaint or a clue), their
 * workflow 整改中 → 已整改 → 销号 requested → accepted or returned, every change an event, the evidence
 * files kept with the instance, and the streets' 自查自纠工作总结报告.
 */
package org.doudi.warehouse.rectification;
