package org.doudi.warehouse.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the registers within a caller's street scope: a page of rows with the total, personal data
 * masked, and the counts per month that the forms' 近亲属备案数 and 卡折代管案数 are checked against.
 */
@Component
public class RegisterQueries {

  private final JdbcTemplate jdbc;

  RegisterQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns a page of the filings in the scope, of one month (备案日期) or all, by street and 序号. */
  public Page<RegisterRow> relatives(StreetAccess scope, Period period, int limit, long offset) {
    return page(
        "SELECT filing_id, street_code, street_name, row_no, committee, staff_name_masked,"
            + " staff_id_masked, staff_kind, relative_name_masked, relative_id_masked, relation,"
            + " program, filed_date, kept_apart, NULL FROM relative_filing",
        scope,
        period,
        limit,
        offset);
  }

  /** Returns a page of the custody cases in the scope, of one month (登记日期) or all. */
  public Page<RegisterRow> custody(StreetAccess scope, Period period, int limit, long offset) {
    return page(
        "SELECT custody_id, street_code, street_name, row_no, committee, recipient_name_masked,"
            + " recipient_id_masked, custodian_kind, custodian_name_masked, custodian_id_masked,"
            + " relation, program, registered_date, consent, district_filed_date FROM card_custody",
        scope,
        period,
        limit,
        offset);
  }

  private Page<RegisterRow> page(
      String select, StreetAccess scope, Period period, int limit, long offset) {
    String where =
        " WHERE "
            + scope.condition("street_code")
            + " AND (CAST(? AS VARCHAR) IS NULL OR period = ?)";
    String p = period == null ? null : period.toString();
    Object[] args = {scope.streetCode(), scope.streetCode(), p, p};
    Long total =
        jdbc.queryForObject("SELECT count(*) FROM (" + select + where + ")", Long.class, args);
    List<RegisterRow> rows =
        jdbc.query(
            select
                + where
                + " ORDER BY street_code, row_no, 1 LIMIT "
                + limit
                + " OFFSET "
                + offset,
            (rs, i) ->
                new RegisterRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    (Integer) rs.getObject(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getObject(13, LocalDate.class),
                    (Boolean) rs.getObject(14),
                    rs.getObject(15, LocalDate.class)),
            args);
    return new Page<>(rows, total == null ? 0 : total);
  }

  /** Returns the filings per month (备案日期) within the scope, keyed {@code YYYY-MM|street_code}. */
  public Map<String, Long> relativeFilingsByMonth(StreetAccess scope) {
    return countBy("relative_filing", scope);
  }

  /** Returns the custody cases per month (登记日期) within the scope, as for filings. */
  public Map<String, Long> custodyCasesByMonth(StreetAccess scope) {
    return countBy("card_custody", scope);
  }

  private Map<String, Long> countBy(String view, StreetAccess scope) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT period || '|' || street_code, count(*) FROM "
            + view
            + " WHERE "
            + scope.condition("street_code")
            + " GROUP BY ALL",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        },
        scope.streetCode(),
        scope.streetCode());
    return counts;
  }
}
