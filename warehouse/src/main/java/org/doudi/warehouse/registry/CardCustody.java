package org.doudi.warehouse.registry;

import java.time.LocalDate;

/**
 * One row of a 卡折代管登记表, as parsed (raw names and ID numbers: the writer masks them).
 *
 * @param line the row's number in the file, to name it in errors (0 for a row entered by hand)
 * @param streetCode the street, resolved from 街镇
 * @param rowNo 序号
 * @param committee 居（村）委
 * @param recipientName 救助对象姓名
 * @param recipientIdNo 救助对象身份证号
 * @param program 救助项目
 * @param custodianName 代管人姓名
 * @param custodianIdNo 代管人身份证号
 * @param custodianKind 代管人身份
 * @param relation 与救助对象关系
 * @param reason 代管原因
 * @param consent 是否经本人或监护人同意 (null when blank)
 * @param startDate 代管开始日期
 * @param registeredDate 登记日期
 * @param districtFiledDate 报区备案日期 (null: not filed)
 */
public record CardCustody(
    int line,
    String streetCode,
    Integer rowNo,
    String committee,
    String recipientName,
    String recipientIdNo,
    String program,
    String custodianName,
    String custodianIdNo,
    String custodianKind,
    String relation,
    String reason,
    Boolean consent,
    LocalDate startDate,
    LocalDate registeredDate,
    LocalDate districtFiledDate) {}
