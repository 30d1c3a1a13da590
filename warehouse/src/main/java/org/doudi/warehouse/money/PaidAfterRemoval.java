package org.doudi.warehouse.money;

import java.math.BigDecimal;

/**
 * Money paid to people after their removal, for one removing street and one month paid (发放月份): what
 * the street should recover.
 *
 * @param streetCode the street whose 清退名单 removed them
 * @param streetName that street's name
 * @param period the month paid for
 * @param yuan the yuan paid after removal
 * @param persons the removed people paid
 */
public record PaidAfterRemoval(
    String streetCode, String streetName, String period, BigDecimal yuan, long persons) {}
