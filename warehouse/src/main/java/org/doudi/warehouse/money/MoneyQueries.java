package org.doudi.warehouse.money;

import java.time.LocalDate;
import java.util.List;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads payments within a caller's street scope, a page at a time with the total: all of a month,
 * or those behind a finding (paid after removal, to someone else, twice).
 */
@Component
public class MoneyQueries {

  /** Which payments of a street and month a list shows. */
  public enum Filter {
    /** Every payment. */
    ALL("true"),
    /** Paid for a month after the recipient's removal month (paid_after_removal). */
    AFTER_REMOVAL(
        "EXISTS (SELECT 1 FROM removal r WHERE r.person_key = p.recipient_key AND p.period > r.period)"),
    /** Paid to neither the recipient nor the filed custodian (payee_not_recipient). */
    PAYEE_NOT_RECIPIENT("NOT p.payee_is_recipient AND NOT p.payee_is_custodian"),
    /** The same recipient and program more than once in the month (double_payment). */
    DOUBLE(
        "(SELECT count(*) FROM payment q WHERE q.recipient_key = p.recipient_key"
            + " AND q.period = p.period AND q.program = p.program) > 1");

    private final String condition;

    Filter(String condition) {
      this.condition = condition;
    }
  }

  private final JdbcTemplate jdbc;

  MoneyQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns a page of payments in the scope, of one month or all, matching the filter. */
  public Page<PaymentRow> payments(
      StreetAccess scope, Period period, Filter filter, int limit, long offset) {
    String p = period == null ? null : period.toString();
    String where =
        " FROM payment p WHERE "
            + scope.condition("p.street_code")
            + " AND (CAST(? AS VARCHAR) IS NULL OR p.period = ?) AND "
            + filter.condition;
    Object[] args = {scope.streetCode(), scope.streetCode(), p, p};
    Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, args);
    List<PaymentRow> rows =
        jdbc.query(
            "SELECT p.street_code, p.street_name, p.period, p.recipient_name_masked,"
                + " p.recipient_id_masked, p.program, p.amount_yuan, p.payee_name_masked,"
                + " p.payee_is_recipient, p.payee_is_custodian, p.paid_date"
                + where
                + " ORDER BY p.street_code, p.period, p.recipient_id_masked LIMIT "
                + limit
                + " OFFSET "
                + offset,
            (rs, i) ->
                new PaymentRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBigDecimal(7),
                    rs.getString(8),
                    rs.getBoolean(9),
                    rs.getBoolean(10),
                    rs.getObject(11, LocalDate.class)),
            args);
    return new Page<>(rows, total == null ? 0 : total);
  }
}
