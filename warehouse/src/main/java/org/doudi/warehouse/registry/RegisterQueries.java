package org.doudi.warehouse.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.personal.PersonalDataKeys;
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
    return relativesMatching(scope, RegisterFilter.month(period), limit, offset);
  }

  /** Returns a page of the filings in the scope that pass the filter, by street and 序号. */
  public Page<RegisterRow> relativesMatching(
      StreetAccess scope, RegisterFilter filter, int limit, long offset) {
    return page(
        "SELECT filing_id AS id, street_code, street_name, row_no, committee,"
            + " staff_name_masked AS person_name, staff_id_masked AS person_id,"
            + " staff_kind AS kind, relative_name_masked AS other_name,"
            + " relative_id_masked AS other_id, relation, program, filed_date AS date,"
            + " kept_apart AS flag, NULL::DATE AS district_filed_date, period FROM relative_filing",
        scope,
        filter,
        limit,
        offset);
  }

  /** Returns a page of the custody cases in the scope, of one month (登记日期) or all. */
  public Page<RegisterRow> custody(StreetAccess scope, Period period, int limit, long offset) {
    return custodyMatching(scope, RegisterFilter.month(period), limit, offset);
  }

  /** Returns a page of the custody cases in the scope that pass the filter. */
  public Page<RegisterRow> custodyMatching(
      StreetAccess scope, RegisterFilter filter, int limit, long offset) {
    return page(
        "SELECT custody_id AS id, street_code, street_name, row_no, committee,"
            + " recipient_name_masked AS person_name, recipient_id_masked AS person_id,"
            + " custodian_kind AS kind, custodian_name_masked AS other_name,"
            + " custodian_id_masked AS other_id, relation, program, registered_date AS date,"
            + " consent AS flag, district_filed_date, period FROM card_custody",
        scope,
        filter,
        limit,
        offset);
  }

  /**
   * Returns the fields of one row as its form shows them (the column dictionary's fields, text as
   * typed: dates {@code 2024-11-05}, 是/否), names and ID numbers only masked; empty when the row is
   * not in the scope.
   */
  public Optional<Map<String, String>> formValues(StreetAccess scope, SourceFile kind, long id) {
    String sql =
        kind == SourceFile.RELATIVES
            ? "SELECT r.*, s.name AS street FROM relative_filing_record r JOIN street s"
                + " ON s.code = r.street_code WHERE r.id = ? AND "
            : "SELECT c.*, s.name AS street FROM card_custody_record c JOIN street s"
                + " ON s.code = c.street_code WHERE c.id = ? AND ";
    List<Map<String, String>> rows =
        jdbc.query(
            sql + scope.condition("street_code"),
            (rs, i) -> {
              Map<String, String> values = new LinkedHashMap<>();
              for (SourceColumn column : kind.columns()) {
                String name = FORM_COLUMNS.getOrDefault(column.field(), snake(column.field()));
                Object value = rs.getObject(name);
                values.put(
                    column.field(),
                    value == null
                        ? null
                        : value instanceof Boolean b ? (b ? "是" : "否") : value.toString());
              }
              values.put("streetCode", rs.getString("street_code"));
              return values;
            },
            id,
            scope.streetCode(),
            scope.streetCode());
    return rows.stream().findFirst();
  }

  /** Columns of a record table whose name is not the field's in snake case. */
  private static final Map<String, String> FORM_COLUMNS =
      Map.of(
          "staffName", "staff_name_masked",
          "staffIdNo", "staff_id_masked",
          "relativeName", "relative_name_masked",
          "relativeIdNo", "relative_id_masked",
          "recipientName", "recipient_name_masked",
          "recipientIdNo", "recipient_id_masked",
          "custodianName", "custodian_name_masked",
          "custodianIdNo", "custodian_id_masked");

  private static String snake(String field) {
    return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  private Page<RegisterRow> page(
      String select, StreetAccess scope, RegisterFilter filter, int limit, long offset) {
    String where =
        " WHERE "
            + scope.condition("street_code")
            + " AND (CAST(? AS VARCHAR) IS NULL OR period = ?)"
            + " AND (CAST(? AS VARCHAR) IS NULL OR kind = ?)"
            + " AND (CAST(? AS VARCHAR) IS NULL OR (? = 'yes' AND flag) OR (? = 'no' AND NOT flag)"
            + " OR (? = 'blank' AND flag IS NULL))"
            + " AND (CAST(? AS BOOLEAN) IS NULL OR (district_filed_date IS NOT NULL) = ?)";
    String p = filter.period() == null ? null : filter.period().toString();
    String flag = filter.flag();
    Object[] args = {
      scope.streetCode(),
      scope.streetCode(),
      p,
      p,
      filter.kind(),
      filter.kind(),
      flag,
      flag,
      flag,
      flag,
      filter.districtFiled(),
      filter.districtFiled()
    };
    String rowsOf = "SELECT * FROM (" + select + ")" + where;
    Long total = jdbc.queryForObject("SELECT count(*) FROM (" + rowsOf + ")", Long.class, args);
    List<RegisterRow> rows =
        jdbc.query(
            rowsOf
                + " ORDER BY (SELECT sort_order FROM street WHERE code = street_code), row_no, id"
                + " LIMIT "
                + limit
                + " OFFSET "
                + offset,
            (rs, i) ->
                new RegisterRow(
                    rs.getLong("id"),
                    rs.getString("street_code"),
                    rs.getString("street_name"),
                    (Integer) rs.getObject("row_no"),
                    PersonalDataKeys.maskText(rs.getString("committee")),
                    rs.getString("person_name"),
                    rs.getString("person_id"),
                    PersonalDataKeys.maskText(rs.getString("kind")),
                    rs.getString("other_name"),
                    rs.getString("other_id"),
                    PersonalDataKeys.maskText(rs.getString("relation")),
                    PersonalDataKeys.maskText(rs.getString("program")),
                    rs.getObject("date", LocalDate.class),
                    (Boolean) rs.getObject("flag"),
                    rs.getObject("district_filed_date", LocalDate.class)),
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
