package org.doudi.dashboard.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.doudi.warehouse.dictionary.Street;

/**
 * A register's counts per street and month, as leaders see it (never the rows).
 *
 * @param months the months with any row, oldest first
 * @param lines one line per street, its count in each month and its total
 * @param totals each month's count over the streets
 * @param total every row
 */
record RegisterCounts(List<String> months, List<Line> lines, List<Long> totals, long total) {

  /** One street's line. */
  record Line(String streetName, List<Long> counts, long total) {}

  /** Makes the table of counts keyed {@code YYYY-MM|street_code}, streets in their order. */
  static RegisterCounts of(Map<String, Long> counts, List<Street> streets) {
    List<String> months =
        new ArrayList<>(
            new TreeSet<>(counts.keySet().stream().map(k -> k.split("\\|")[0]).toList()));
    List<Line> lines = new ArrayList<>();
    long[] totals = new long[months.size()];
    long all = 0;
    for (Street street : streets) {
      List<Long> line = new ArrayList<>();
      long sum = 0;
      for (int m = 0; m < months.size(); m++) {
        long n = counts.getOrDefault(months.get(m) + "|" + street.code(), 0L);
        line.add(n);
        sum += n;
        totals[m] += n;
      }
      all += sum;
      lines.add(new Line(street.name(), line, sum));
    }
    return new RegisterCounts(months, lines, java.util.Arrays.stream(totals).boxed().toList(), all);
  }
}
