package org.doudi.dashboard.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of the real-name complaint ledger, without personal data.
 *
 * @param caseNo 编号
 * @param streetName 所属街镇
 * @param receivedDate 受理日期
 * @param issues 涉及问题
 * @param state 待核实, 核实中, 属实, 部分属实 or 不属实
 * @param daysOpen days since 受理日期 (until verified)
 * @param overdue open longer than the configured days
 * @param note the latest note
 * @param updatedBy who moved it last
 * @param updatedAt when
 */
public record LedgerItem(
    String caseNo,
    String streetName,
    LocalDate receivedDate,
    String issues,
    String state,
    int daysOpen,
    boolean overdue,
    String note,
    String updatedBy,
    OffsetDateTime updatedAt) {}
