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
    return page(
        scope.condition("p.street_code")
            + " AND (CAST(? AS VARCHAR) IS NULL OR p.period = ?) AND "
            + filter.condition,
        new Object[] {scope.streetCode(), scope.streetCode(), p, p},
        limit,
        offset);
  }

  /**
   * Returns a page of the payments behind a {@code paid_after_removal} finding: those to people
   * that streets in the scope removed in {@code removalMonth} (清退日期), for a later month. A street
   * sees such payments only where it also paid them.
   */
  public Page<PaymentRow> paidAfterRemoval(
      StreetAccess scope, Period removalMonth, int limit, long offset) {
    return paidAfterRemoval(scope, scope, removalMonth, limit, offset);
  }

  /**
   * Returns a page of the payments behind a {@code paid_after_removal} finding of the streets in
   * {@code removing}: payments for a month after {@code removalMonth} to people they removed then,
   * by any street in {@code paying} (the finding counts a payment by another street too, since the
   * keyed hash links the person; a street clerk still reads only its own street's payments).
   */
  public Page<PaymentRow> paidAfterRemoval(
      StreetAccess removing, StreetAccess paying, Period removalMonth, int limit, long offset) {
    return page(
        paying.condition("p.street_code")
            + " AND EXISTS (SELECT 1 FROM removal r WHERE r.person_key = p.recipient_key"
            + " AND p.period > r.period AND r.period = ? AND "
            + removing.condition("r.street_code")
            + ")",
        new Object[] {
          paying.streetCode(),
          paying.streetCode(),
          removalMonth.toString(),
          removing.streetCode(),
          removing.streetCode()
        },
        limit,
        offset);
  }

  /**
   * Returns the yuan paid after removal per removing street (in the scope) and month paid, as the
   * finding {@code paid_after_removal} sums them, by street and month.
   */
  public List<PaidAfterRemoval> paidAfterRemovalByMonth(StreetAccess scope) {
    return jdbc.query(
        "SELECT r.street_code, any_value(r.street_name), p.period, sum(p.amount_yuan),"
            + " count(DISTINCT r.person_key)"
            + " FROM removal r JOIN payment p ON p.recipient_key = r.person_key AND p.period > r.period"
            + " WHERE "
            + scope.condition("r.street_code")
            + " GROUP BY r.street_code, p.period ORDER BY r.street_code, p.period",
        (rs, i) ->
            new PaidAfterRemoval(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBigDecimal(4),
                rs.getLong(5)),
        scope.streetCode(),
        scope.streetCode());
  }

  /**
   * Returns, for every street in the scope, the removals of the forms from {@code from} to {@code
   * to} against those of the removal lists, compared per month and kind: confirmed by a list, or
   * taken on trust from the form. Streets in the dictionary's order.
   */
  public List<RemovalsAgainstForm> removalsAgainstForms(
      StreetAccess scope, Period from, Period to) {
    return jdbc.query(
        """
        WITH form AS (
            SELECT l.period, l.street_code, k.kind, l.value AS removed
            FROM street_report_long l JOIN removal_kind k ON k.removed_metric = l.metric
            WHERE l.period BETWEEN ? AND ?),
        listed AS (
            SELECT period, street_code, kind, count(*) AS removed
            FROM removal WHERE period BETWEEN ? AND ? GROUP BY ALL),
        both_sides AS (
            SELECT coalesce(f.street_code, l.street_code) AS street_code,
                   coalesce(f.removed, 0) AS form_removed, coalesce(l.removed, 0) AS listed
            FROM form f FULL JOIN listed l
              ON l.period = f.period AND l.street_code = f.street_code AND l.kind = f.kind)
        SELECT s.code, s.name, coalesce(sum(b.form_removed), 0), coalesce(sum(b.listed), 0),
               coalesce(sum(least(b.form_removed, b.listed)), 0),
               EXISTS (SELECT 1 FROM removal_record r WHERE r.street_code = s.code)
        FROM street s LEFT JOIN both_sides b ON b.street_code = s.code
        WHERE %s
        GROUP BY s.code, s.name, s.sort_order
        ORDER BY s.sort_order
        """
            .formatted(scope.condition("s.code")),
        (rs, i) ->
            new RemovalsAgainstForm(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getBoolean(6)),
        from.toString(),
        to.toString(),
        from.toString(),
        to.toString(),
        scope.streetCode(),
        scope.streetCode());
  }

  /**
   * Returns the payment ledger's checks per street of the scope over the months paid from {@code
   * from} to {@code to}: payments, 人卡不一致 without a filing, and recipients paid twice.
   */
  public List<PaymentChecks> checksByStreet(StreetAccess scope, Period from, Period to) {
    return jdbc.query(
        """
        WITH p AS (
            SELECT * FROM payment WHERE period BETWEEN ? AND ? AND %s),
        twice AS (
            SELECT street_code, count(*) AS groups FROM (
                SELECT street_code FROM p GROUP BY street_code, recipient_key, period, program
                HAVING count(*) > 1)
            GROUP BY street_code)
        SELECT p.street_code, any_value(p.street_name), count(*),
               count(*) FILTER (WHERE NOT p.payee_is_recipient AND NOT p.payee_is_custodian),
               coalesce(any_value(t.groups), 0)
        FROM p LEFT JOIN twice t ON t.street_code = p.street_code
        GROUP BY p.street_code ORDER BY p.street_code
        """
            .formatted(scope.condition("street_code")),
        (rs, i) ->
            new PaymentChecks(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
        from.toString(),
        to.toString(),
        scope.streetCode(),
        scope.streetCode());
  }

  private Page<PaymentRow> page(String condition, Object[] args, int limit, long offset) {
    String where = " FROM payment p WHERE " + condition;
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
