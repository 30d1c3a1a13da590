package org.doudi.etl.discipline;

import java.math.BigDecimal;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;

/**
 * The 15 figures one street reported to discipline inspection for one period.
 *
 * @param period the month
 * @param street the street
 * @param figures all 15 figures
 */
record DisciplineFigures(Period period, Street street, Map<Metric, BigDecimal> figures) {}
