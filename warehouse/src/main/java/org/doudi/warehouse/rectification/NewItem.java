package org.doudi.warehouse.rectification;

import java.time.LocalDate;

/**
 * What a person enters to put a problem on the list.
 *
 * @param streetCode the responsible street, or null for the district's own ledger
 * @param source 问题来源 (null: the source kind's default)
 * @param problemType 问题类型
 * @param description 问题描述 (null from a finding: its message)
 * @param department 责任部门
 * @param responsible 责任人
 * @param measures 整改措施
 * @param dueDate 整改时限
 */
public record NewItem(
    String streetCode,
    String source,
    String problemType,
    String description,
    String department,
    String responsible,
    String measures,
    LocalDate dueDate) {}
