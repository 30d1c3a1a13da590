package org.doudi.warehouse.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;

/**
 * One version of a street's figures for a period: a form (with its contact, fill date and remarks)
 * or a row of the discipline commission's table (without them).
 *
 * @param period the month the figures are for
 * @param streetCode the street
 * @param version 1 for the first upload, +1 for each resubmission
 * @param loadedAt when the version reached the bureau; null for now
 * @param contactName 联系人, or null
 * @param contactPhone 电话, or null
 * @param fillDate 填报日期, or null
 * @param remarks the 备注 row, or null
 * @param figures the 15 figures by metric
 */
public record FigureVersion(
    Period period,
    String streetCode,
    int version,
    OffsetDateTime loadedAt,
    String contactName,
    String contactPhone,
    LocalDate fillDate,
    String remarks,
    Map<Metric, BigDecimal> figures) {}
