package org.doudi.warehouse.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a 清退名单, as parsed (raw name and ID number: the writer masks them).
 *
 * @param line the row's number in the file
 * @param streetCode the street, resolved from 街镇
 * @param rowNo 序号
 * @param name 姓名
 * @param idNo 身份证号
 * @param program 救助项目
 * @param kind 清退类型
 * @param removedDate 清退日期
 * @param recoveredYuan 追回资金(元), zero when blank
 */
public record Removal(
    int line,
    String streetCode,
    Integer rowNo,
    String name,
    String idNo,
    String program,
    RemovalKind kind,
    LocalDate removedDate,
    BigDecimal recoveredYuan) {}
