package org.doudi.warehouse.money;

/**
 * What the payment ledger shows of one street over a range of months (发放月份).
 *
 * @param streetCode the street
 * @param streetName the street's name
 * @param payments payments in the ledger
 * @param payeeNotRecipient payments to neither the recipient nor the filed custodian (人卡不一致)
 * @param doublePayments recipients paid more than once for one month and program (重复发放)
 */
public record PaymentChecks(
    String streetCode,
    String streetName,
    long payments,
    long payeeNotRecipient,
    long doublePayments) {}
