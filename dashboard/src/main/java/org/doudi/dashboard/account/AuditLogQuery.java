package org.doudi.dashboard.account;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one page of the audit log, newest first, filtered by person, action and outcome. */
@Component
class AuditLogQuery {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** What the administrator filters by; blank fields do not filter. */
  record Filter(String user, String action, String outcome, String day) {}

  private final JdbcTemplate jdbc;

  AuditLogQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    Long n =
        jdbc.queryForObject(
            "SELECT count(*) FROM audit_log" + where(filter, args), Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  List<AuditLog.Entry> page(Filter filter, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    String sql =
        "SELECT id, occurred_at, username, action, target, detail, outcome FROM audit_log"
            + where(filter, args)
            + " ORDER BY id DESC LIMIT "
            + limit
            + " OFFSET "
            + offset;
    return jdbc.query(
        sql,
        (rs, row) ->
            new AuditLog.Entry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class)
                    .atZoneSameInstant(SHANGHAI)
                    .toOffsetDateTime(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getString("outcome")),
        args.toArray());
  }

  /** Returns the actions that occur in the log, for the filter's choices. */
  List<String> actions() {
    return jdbc.queryForList("SELECT DISTINCT action FROM audit_log ORDER BY action", String.class);
  }

  private static String where(Filter f, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE true");
    if (f.user() != null) {
      sql.append(" AND username = ?");
      args.add(f.user());
    }
    if (f.action() != null) {
      sql.append(" AND action = ?");
      args.add(f.action());
    }
    if (f.outcome() != null) {
      sql.append(" AND outcome = ?");
      args.add(f.outcome());
    }
    if (f.day() != null) {
      sql.append(" AND CAST(timezone('Asia/Shanghai', occurred_at) AS DATE) = CAST(? AS DATE)");
      args.add(f.day());
    }
    return sql.toString();
  }
}
