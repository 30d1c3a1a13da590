package org.doudi.etl.streetform;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores form versions in {@code street_form}; the views pick the latest one not returned. */
@Component
class StreetFormRepository {

  /**
   * The version a new upload would replace.
   *
   * @param id its row
   * @param version its number
   * @param fillDate its 填报日期, or null
   * @param returned whether the work team returned it
   */
  record Current(long id, int version, LocalDate fillDate, boolean returned) {}

  private final JdbcTemplate jdbc;

  StreetFormRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Current> current(Period period, String streetCode) {
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

  /** Inserts a form as the given version. */
  void insert(StreetForm form, int version, long loadId) {
    StringBuilder marks = new StringBuilder();
    List<Object> args = new ArrayList<>();
    args.add(form.period().toString());
    args.add(form.street().code());
    args.add(version);
    args.add(loadId);
    args.add(form.contactName());
    args.add(form.contactPhone());
    args.add(form.fillDate() == null ? null : Date.valueOf(form.fillDate()));
    args.add(form.remarks());
    for (Metric metric : Metric.values()) {
      BigDecimal value = form.figures().get(metric);
      args.add(metric.kind() == Metric.Kind.COUNT ? (Object) value.intValueExact() : value);
      marks.append(", ?");
    }
    jdbc.update(
        "INSERT INTO street_form (period, street_code, version, load_id, contact_name, contact_phone,"
            + " fill_date, remarks, "
            + Metric.columns()
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?"
            + marks
            + ")",
        args.toArray());
  }
}
