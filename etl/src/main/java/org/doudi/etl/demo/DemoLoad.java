package org.doudi.etl.demo;

import java.time.Duration;
import java.util.SortedSet;
import org.doudi.warehouse.dictionary.Period;

/**
 * What a demo load wrote.
 *
 * @param loadId the load's number in {@code load_log}
 * @param periods the periods covered
 * @param forms form versions written
 * @param disciplineRows discipline rows written
 * @param cases petition cases written
 * @param took how long generating and writing took
 */
public record DemoLoad(
    long loadId,
    SortedSet<Period> periods,
    int forms,
    int disciplineRows,
    int cases,
    Duration took) {}
