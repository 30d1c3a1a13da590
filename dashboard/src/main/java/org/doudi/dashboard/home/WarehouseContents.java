package org.doudi.dashboard.home;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Says what is loaded: rows per table, the periods covered, the streets that reported. */
@Component
class WarehouseContents {

  /**
   * One table's contents.
   *
   * @param label the table's Chinese name
   * @param table the table
   * @param rows how many rows
   * @param firstPeriod the earliest period, or null
   * @param lastPeriod the latest period, or null
   * @param streets how many streets have rows
   */
  record TableContents(
      String label, String table, long rows, String firstPeriod, String lastPeriod, long streets) {}

  private final JdbcTemplate jdbc;

  WarehouseContents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the contents of the loaded tables, limited to one street when given. */
  List<TableContents> tables(String streetCode) {
    return List.of(
        table("街镇统计表（全部版本）", "street_form", "count(*)", streetCode),
        table("报送纪检监察机关数据", "discipline_figure", "count(*)", streetCode),
        // the monthly summary the petition load keeps: the same counts without reading every case
        table("信访/热线案件", "petition_month", "sum(cases)", streetCode),
        table("核查发现（当前）", "finding_record", "count(*)", streetCode));
  }

  private TableContents table(String label, String table, String rows, String street) {
    String where = street == null ? "" : " WHERE street_code = ?";
    if (table.equals("finding_record")) {
      where = street == null ? " WHERE current" : " WHERE current AND street_code = ?";
    }
    Object[] args = street == null ? new Object[0] : new Object[] {street};
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT coalesce("
                + rows
                + ", 0) AS n, min(period) AS first_period, max(period) AS last_period,"
                + " count(DISTINCT street_code) AS streets FROM "
                + table
                + where,
            args);
    return new TableContents(
        label,
        table,
        ((Number) row.get("n")).longValue(),
        (String) row.get("first_period"),
        (String) row.get("last_period"),
        ((Number) row.get("streets")).longValue());
  }
}
