package org.doudi.warehouse.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment as people may see it: personal data only masked.
 *
 * @param streetCode the street
 * @param streetName the street's name
 * @param period 发放月份
 * @param recipientNameMasked 救助对象姓名, masked
 * @param recipientIdMasked 身份证号, masked
 * @param program 救助项目
 * @param amountYuan 发放金额(元)
 * @param payeeNameMasked 收款人姓名, masked
 * @param payeeIsRecipient whether the recipient was paid
 * @param payeeIsCustodian whether the custodian filed for the recipient was paid
 * @param paidDate 发放日期
 */
public record PaymentRow(
    String streetCode,
    String streetName,
    String period,
    String recipientNameMasked,
    String recipientIdMasked,
    String program,
    BigDecimal amountYuan,
    String payeeNameMasked,
    boolean payeeIsRecipient,
    boolean payeeIsCustodian,
    LocalDate paidDate) {}
