package org.doudi.warehouse.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.BulkRows;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes form versions into {@code street_form} and the commission's figures into {@code
 * discipline_figure}; the views pick the latest version not returned. The street-form and
 * discipline loads and the demo data set write through here, so they cannot differ in what a row
 * holds; columns later migrations add take their defaults.
 */
@Component
public class FigureRepository {

  /**
   * The form version a new upload would replace.
   *
   * @param id its row
   * @param version its number
   * @param fillDate its 填报日期, or null
   * @param returned whether the work team returned it
   */
  public record Current(long id, int version, LocalDate fillDate, boolean returned) {}

  private static final String FORM_COLUMNS =
      "period, street_code, version, load_id, loaded_at, contact_name, contact_phone, fill_date,"
          + " remarks, ";
  private static final String DISCIPLINE_COLUMNS =
      "period, street_code, version, load_id, loaded_at, ";

  private final JdbcTemplate jdbc;
  private final BulkRows bulk;

  FigureRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.bulk = new BulkRows(jdbc);
  }

  /** Returns the latest form version of a street for a period, if any. */
  public Optional<Current> currentForm(Period period, String streetCode) {
    return jdbc
        .query(
            "SELECT id, version, fill_date, returned_at IS NOT NULL FROM street_form"
                + " WHERE period = ? AND street_code = ? ORDER BY version DESC LIMIT 1",
            (rs, n) ->
                new Current(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getBoolean(4)),
            period.toString(),
            streetCode)
        .stream()
        .findFirst();
  }

  /** Returns the version the next discipline figures of a street for a period would be. */
  public int nextDisciplineVersion(Period period, String streetCode) {
    Integer version =
        jdbc.queryForObject(
            "SELECT coalesce(max(version), 0) + 1 FROM discipline_figure"
                + " WHERE period = ? AND street_code = ?",
            Integer.class,
            period.toString(),
            streetCode);
    return version == null ? 1 : version;
  }

  /** Inserts form versions under a load. */
  public void writeForms(List<FigureVersion> forms, long loadId) {
    write("street_form", FORM_COLUMNS, forms, loadId, true);
  }

  /**
   * Inserts the commission's figures under a load (their contact, fill date and remarks unused).
   */
  public void writeDiscipline(List<FigureVersion> rows, long loadId) {
    write("discipline_figure", DISCIPLINE_COLUMNS, rows, loadId, false);
  }

  /**
   * Appends the rows to a temporary table shaped like the columns written, then inserts them in one
   * statement, so that a load of one form and the demo's hundreds write alike and columns later
   * migrations add take their defaults.
   */
  private void write(
      String table, String columns, List<FigureVersion> rows, long loadId, boolean form) {
    if (rows.isEmpty()) {
      return;
    }
    String all = columns + Metric.columns();
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE figure_incoming AS SELECT "
            + all
            + " FROM "
            + table
            + " LIMIT 0");
    bulk.append(
        "temp",
        "figure_incoming",
        sink -> {
          for (FigureVersion row : rows) {
            List<Object> values = new ArrayList<>();
            values.add(row.period().toString());
            values.add(row.streetCode());
            values.add(row.version());
            values.add(loadId);
            values.add(row.loadedAt());
            if (form) {
              values.add(row.contactName());
              values.add(row.contactPhone());
              values.add(row.fillDate());
              values.add(row.remarks());
            }
            for (Metric metric : Metric.values()) {
              BigDecimal value = row.figures().get(metric);
              values.add(
                  metric.kind() == Metric.Kind.COUNT ? (Object) value.intValueExact() : value);
            }
            sink.append(values.toArray());
          }
        });
    jdbc.update(
        "INSERT INTO "
            + table
            + " ("
            + all
            + ") SELECT "
            + all.replace("loaded_at", "coalesce(loaded_at, now())")
            + " FROM temp.main.figure_incoming ORDER BY period, street_code, version");
    jdbc.execute("DROP TABLE temp.main.figure_incoming");
  }
}
