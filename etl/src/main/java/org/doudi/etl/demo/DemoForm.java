package org.doudi.etl.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.doudi.warehouse.dictionary.Period;

/**
 * One version of a street's statistics form, or one row of discipline figures, in the demo set.
 *
 * @param period the month the figures are for
 * @param streetCode the street
 * @param version 1 for the first upload, +1 for each resubmission
 * @param loadedAt when the version reached the bureau
 * @param contactName 联系人 (synthetic)
 * @param contactPhone 电话 (synthetic office number)
 * @param fillDate 填报日期
 * @param remarks the 备注 row
 * @param figures the 15 figures in {@link org.doudi.warehouse.dictionary.Metric} order
 */
record DemoForm(
    Period period,
    String streetCode,
    int version,
    OffsetDateTime loadedAt,
    String contactName,
    String contactPhone,
    LocalDate fillDate,
    String remarks,
    List<BigDecimal> figures) {}
