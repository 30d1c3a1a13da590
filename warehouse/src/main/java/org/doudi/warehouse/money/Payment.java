package org.doudi.warehouse.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a 社会救助资金发放台账, as parsed (raw names and ID numbers: the writer masks them).
 *
 * @param line the row's number in the file
 * @param period 发放月份, {@code YYYY-MM}
 * @param streetCode the street, resolved from 街镇
 * @param recipientName 救助对象姓名
 * @param recipientIdNo 身份证号
 * @param program 救助项目
 * @param amountYuan 发放金额(元)
 * @param payeeName 收款人姓名 (blank: the recipient)
 * @param payeeIdNo 收款人身份证号 (blank: the recipient)
 * @param paidDate 发放日期
 */
public record Payment(
    int line,
    String period,
    String streetCode,
    String recipientName,
    String recipientIdNo,
    String program,
    BigDecimal amountYuan,
    String payeeName,
    String payeeIdNo,
    LocalDate paidDate) {}
