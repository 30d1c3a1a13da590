package org.doudi.etl.streetform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;

/**
 * A street's statistics form (统计表) for one period, read and checked, ready to be stored.
 *
 * @param period the month the figures are for
 * @param street the street
 * @param contactName 联系人
 * @param contactPhone 电话
 * @param fillDate 填报日期, or null when the form has none
 * @param remarks the 备注 row, or null
 * @param figures all 15 figures
 * @param warnings what looks wrong but does not make the form invalid, in Chinese
 */
record StreetForm(
    Period period,
    Street street,
    String contactName,
    String contactPhone,
    LocalDate fillDate,
    String remarks,
    Map<Metric, BigDecimal> figures,
    List<String> warnings) {}
