package org.doudi.dashboard.street;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.doudi.dashboard.web.FigureText;
import org.doudi.warehouse.dictionary.Metric;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one street's months and form versions. */
@Component
class StreetPageQueries {

  private static final String MONTHS;

  static {
    StringBuilder columns = new StringBuilder();
    for (Metric metric : Metric.values()) {
      columns
          .append(", r.")
          .append(metric.key())
          .append(" AS s_")
          .append(metric.key())
          .append(", d.")
          .append(metric.key())
          .append(" AS d_")
          .append(metric.key());
    }
    MONTHS =
        "SELECT coalesce(r.period, d.period) AS period, r.version, r.fill_date"
            + columns
            + " FROM (SELECT * FROM street_report WHERE street_code = ?) r"
            + " FULL OUTER JOIN (SELECT * FROM discipline_report WHERE street_code = ?) d"
            + " ON r.period = d.period ORDER BY 1 DESC";
  }

  private static final String VERSIONS =
      """
      SELECT period, version, fill_date, loaded_at, contact_name, returned_at, returned_reason,
             renqing_removed + guanxi_removed + zhengce_removed + sanwu_removed AS removed,
             renqing_recovered_yuan + guanxi_recovered_yuan + zhengce_recovered_yuan
                 + sanwu_recovered_yuan AS recovered,
             returned_at IS NULL
                 AND version = max(version) OVER (PARTITION BY period) AS current
      FROM street_form
      WHERE street_code = ?
      ORDER BY period DESC, version DESC
      """;

  private final JdbcTemplate jdbc;

  StreetPageQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the street's months, latest first, each figure beside its discipline figure. */
  List<StreetMonth> months(String street) {
    return jdbc.query(
        MONTHS,
        (rs, row) -> {
          List<StreetMonth.Cell> cells = new ArrayList<>();
          for (Metric metric : Metric.values()) {
            BigDecimal value = rs.getBigDecimal("s_" + metric.key());
            BigDecimal discipline = rs.getBigDecimal("d_" + metric.key());
            cells.add(
                new StreetMonth.Cell(
                    FigureText.of(value),
                    FigureText.of(discipline),
                    value != null && discipline != null && value.compareTo(discipline) != 0));
          }
          Object version = rs.getObject("version");
          LocalDate fillDate = rs.getObject("fill_date", LocalDate.class);
          return new StreetMonth(
              rs.getString("period"),
              version == null ? null : ((Number) version).intValue(),
              fillDate == null ? null : fillDate.toString(),
              cells);
        },
        street,
        street);
  }

  /** Returns every version of the street's forms, latest first. */
  List<FormVersion> versions(String street) {
    return jdbc.query(
        VERSIONS,
        (rs, row) ->
            new FormVersion(
                rs.getString("period"),
                rs.getInt("version"),
                rs.getObject("fill_date", LocalDate.class),
                rs.getObject("loaded_at", OffsetDateTime.class),
                rs.getString("contact_name"),
                rs.getObject("returned_at", OffsetDateTime.class),
                rs.getString("returned_reason"),
                rs.getLong("removed"),
                rs.getBigDecimal("recovered"),
                rs.getBoolean("current")),
        street);
  }
}
