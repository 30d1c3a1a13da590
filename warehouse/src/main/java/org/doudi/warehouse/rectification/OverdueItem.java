package org.doudi.warehouse.rectification;

import java.time.LocalDate;

/**
 * An item past its 整改时限 and not closed, as the leading group reads it: the person responsible
 * masked (张*), since the list leaves the work team.
 *
 * @param itemNo the product's item number
 * @param streetCode the street, null for the district's own
 * @param streetName the street's name, 区级 for the district's own
 * @param rowNo the ledger's 序号
 * @param problemType 问题类型
 * @param description 问题描述
 * @param responsibleMasked 责任人, masked
 * @param dueDate 整改时限
 * @param status 整改状态
 * @param daysOverdue days past 整改时限
 */
public record OverdueItem(
    long itemNo,
    String streetCode,
    String streetName,
    int rowNo,
    String problemType,
    String description,
    String responsibleMasked,
    LocalDate dueDate,
    String status,
    long daysOverdue) {}
