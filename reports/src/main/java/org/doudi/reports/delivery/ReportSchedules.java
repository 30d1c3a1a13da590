package org.doudi.reports.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** Keeps the report schedules ({@code report_schedule}) an administrator defines. */
@Component
public class ReportSchedules {

  private static final String COLUMNS =
      "id, name, cron, format, period_rule, recipients, street_forms, enabled, created_by, checked_until";

  private final JdbcTemplate jdbc;

  ReportSchedules(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns every schedule, oldest first. */
  public List<ReportSchedule> all() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM report_schedule ORDER BY id", ReportSchedules::map);
  }

  /** Returns the schedule with this number. */
  public Optional<ReportSchedule> find(long id) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM report_schedule WHERE id = ?", ReportSchedules::map, id)
        .stream()
        .findFirst();
  }

  /**
   * Defines a schedule; throws {@link IllegalArgumentException} with a Chinese message when the
   * cron, the rule, the format or an address is not valid. Runs start from now: nothing that was
   * due before is sent.
   */
  public long create(
      String name,
      String cron,
      String format,
      String periodRule,
      String recipients,
      boolean streetForms,
      String createdBy,
      OffsetDateTime now) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("请填写计划名称");
    }
    if (!CronExpression.isValidExpression(cron)) {
      throw new IllegalArgumentException("“" + cron + "”不是有效的 cron 表达式（秒 分 时 日 月 周）");
    }
    if (!List.of("last_month", "campaign").contains(periodRule)) {
      throw new IllegalArgumentException("统计期规则只能是上月或全周期");
    }
    if (!List.of("pdf", "xlsx").contains(format)) {
      throw new IllegalArgumentException("格式只能是 PDF 或 Excel");
    }
    ReportSchedule probe =
        new ReportSchedule(
            0, name, cron, format, periodRule, recipients, streetForms, true, createdBy, null);
    for (String address : probe.recipientList()) {
      if (!MailDelivery.isAddress(address)) {
        throw new IllegalArgumentException("“" + address + "”不是有效的邮箱地址");
      }
    }
    if (probe.recipientList().isEmpty() && !streetForms) {
      throw new IllegalArgumentException("请至少填写一个收件人，或勾选向各街镇联系人发送本街镇统计表");
    }
    Long id =
        jdbc.queryForObject(
            "INSERT INTO report_schedule (name, cron, format, period_rule, recipients, street_forms,"
                + " created_by, checked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            Long.class,
            name.strip(),
            cron.strip(),
            format,
            periodRule,
            String.join(", ", probe.recipientList()),
            streetForms,
            createdBy,
            now);
    return id == null ? -1 : id;
  }

  /** Switches a schedule on or off. */
  public void setEnabled(long id, boolean enabled) {
    jdbc.update("UPDATE report_schedule SET enabled = ? WHERE id = ?", enabled, id);
  }

  /** Removes a schedule; what it already put in the outbox stays there. */
  public void delete(long id) {
    jdbc.update("DELETE FROM report_schedule WHERE id = ?", id);
  }

  /** Records that the runs due up to {@code until} are in the outbox. */
  void checkedUntil(long id, OffsetDateTime until) {
    jdbc.update("UPDATE report_schedule SET checked_until = ? WHERE id = ?", until, id);
  }

  private static ReportSchedule map(ResultSet rs, int row) throws SQLException {
    return new ReportSchedule(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("cron"),
        rs.getString("format"),
        rs.getString("period_rule"),
        rs.getString("recipients"),
        rs.getBoolean("street_forms"),
        rs.getBoolean("enabled"),
        rs.getString("created_by"),
        rs.getObject("checked_until", OffsetDateTime.class));
  }
}
