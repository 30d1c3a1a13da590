package org.doudi.warehouse.registry;

import org.doudi.warehouse.dictionary.Period;

/**
 * What a register's list is narrowed to besides the street scope; null fields do not filter.
 *
 * @param period the month the row counts in (备案日期 / 登记日期)
 * @param kind 人员类别 (filing) or 代管人身份 (custody), as written
 * @param flag 档案是否单独存放 (filing) or 是否经本人或监护人同意 (custody): {@code yes}, {@code no} or {@code blank}
 * @param districtFiled whether 报区备案日期 is filled (custody only)
 */
public record RegisterFilter(Period period, String kind, String flag, Boolean districtFiled) {

  /** Only the month, or nothing. */
  public static RegisterFilter month(Period period) {
    return new RegisterFilter(period, null, null, null);
  }
}
