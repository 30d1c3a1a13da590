package org.doudi.etl.streetform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The stored versions of the streets' forms, and the work team's 退回: returning the latest version
 * with a reason takes it out of street_report until the street uploads again; it stays in history,
 * and the action is audited.
 */
@Service
public class StreetForms {

  private static final String SELECT =
      "SELECT f.id, f.period, f.street_code, s.name, f.version, f.fill_date, f.loaded_at,"
          + " l.loaded_by, l.file_name, f.returned_at, f.returned_by, f.returned_reason,"
          + " f.version = max(f.version) OVER (PARTITION BY f.period, f.street_code) AS latest"
          + " FROM street_form f JOIN street s ON s.code = f.street_code"
          + " LEFT JOIN load_log l ON l.id = f.load_id";

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  StreetForms(JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  /** Returns the versions of one street (or of all when null), newest period first. */
  public List<FormVersion> versions(String streetCode, int limit) {
    String sql =
        "SELECT * FROM ("
            + SELECT
            + ") v"
            + (streetCode == null ? "" : " WHERE street_code = ?")
            + " ORDER BY period DESC, (SELECT sort_order FROM street WHERE code = street_code),"
            + " version DESC LIMIT ?";
    return streetCode == null
        ? jdbc.query(sql, this::map, limit)
        : jdbc.query(sql, this::map, streetCode, limit);
  }

  /** Returns one version. */
  public Optional<FormVersion> version(long id) {
    return jdbc.query("SELECT * FROM (" + SELECT + ") v WHERE id = ?", this::map, id).stream()
        .findFirst();
  }

  /**
   * Returns (退回) a version to its street with a reason; only the latest version, not yet returned,
   * can be returned. Throws {@link IllegalArgumentException} with a Chinese message otherwise.
   */
  public FormVersion returnForm(long id, String by, String reason) {
    FormVersion form =
        version(id).orElseThrow(() -> new IllegalArgumentException("没有编号为 " + id + " 的统计表"));
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      audit.record(by, "form_return", target(form), "未填写退回原因", AuditLog.Outcome.REFUSED);
      throw new IllegalArgumentException("请填写退回原因，街镇会看到它");
    }
    if (!form.latest()) {
      throw new IllegalArgumentException("只能退回最新的一版；该街镇此后已重新报送");
    }
    if (form.returnedAt() != null) {
      throw new IllegalArgumentException("该统计表已于 " + form.returnedAt().toLocalDate() + " 被退回");
    }
    jdbc.update(
        "UPDATE street_form SET returned_at = current_timestamp, returned_by = ?, returned_reason = ?"
            + " WHERE id = ?",
        by,
        why,
        id);
    audit.record(by, "form_returned", target(form), why, AuditLog.Outcome.OK);
    FormVersion returned = version(id).orElseThrow();
    // a returned form leaves the views as a load changes them: the period's findings follow
    events.publishEvent(
        new LoadCompleted(LoadKind.STREET_FORM, Set.of(Period.require(form.period()))));
    return returned;
  }

  private static String target(FormVersion form) {
    return "street_form:"
        + form.id()
        + " "
        + form.streetName()
        + " "
        + form.period()
        + " 第"
        + form.version()
        + "版";
  }

  /** Returns the time as the bureau reads clocks (Asia/Shanghai), whatever the driver gave. */
  static OffsetDateTime shanghai(OffsetDateTime time) {
    return time == null
        ? null
        : time.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
  }

  private FormVersion map(ResultSet rs, int row) throws SQLException {
    return new FormVersion(
        rs.getLong("id"),
        rs.getString("period"),
        rs.getString("street_code"),
        rs.getString("name"),
        rs.getInt("version"),
        rs.getObject("fill_date", LocalDate.class),
        shanghai(rs.getObject("loaded_at", OffsetDateTime.class)),
        rs.getString("loaded_by"),
        rs.getString("file_name"),
        shanghai(rs.getObject("returned_at", OffsetDateTime.class)),
        rs.getString("returned_by"),
        rs.getString("returned_reason"),
        rs.getBoolean("latest"));
  }
}
