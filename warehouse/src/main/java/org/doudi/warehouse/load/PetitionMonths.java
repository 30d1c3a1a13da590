package org.doudi.warehouse.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code petition_month}, the petition log counted per month, street, channel and status
 * (migration V140), in step with {@code petition_case}. Every writer of cases calls it in its own
 * transaction, after writing, so that the summary commits with the cases or not at all.
 */
public final class PetitionMonths {

  private static final String SQL = read("sql/petition/month_summary.sql");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

  private PetitionMonths() {}

  /**
   * Counts again the months given ({@code YYYY-MM}): those of the cases just written and the former
   * months of cases whose 受理日期 changed.
   */
  public static void refresh(JdbcTemplate jdbc, Collection<String> periods) {
    TreeSet<String> months = new TreeSet<>(periods);
    if (months.isEmpty()) {
      return;
    }
    for (String month : months) {
      if (!PERIOD.matcher(month).matches()) {
        throw new IllegalArgumentException("not a period: " + month);
      }
    }
    String list = "'" + String.join("', '", months) + "'";
    jdbc.update("DELETE FROM petition_month WHERE period IN (" + list + ")");
    // the date range lets DuckDB skip the row groups of other months; the list keeps out the
    // months between that were not touched
    jdbc.update(
        SQL.replace(
            "${where}",
            "WHERE received_date BETWEEN CAST('"
                + months.first()
                + "-01' AS DATE) AND last_day(CAST('"
                + months.last()
                + "-01' AS DATE)) AND strftime(received_date, '%Y-%m') IN ("
                + list
                + ")"));
  }

  /** Counts the whole log again (after a demo load or removal). */
  public static void rebuild(JdbcTemplate jdbc) {
    jdbc.update("DELETE FROM petition_month");
    jdbc.update(SQL.replace("${where}", ""));
  }

  /** Returns the months a comma-separated list names (as a load's context keeps them). */
  public static List<String> periods(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank()
        ? List.of()
        : List.of(commaSeparated.split(","));
  }

  private static String read(String resource) {
    try (InputStream in = PetitionMonths.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
