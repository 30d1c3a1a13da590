package org.doudi.dashboard.petition;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands the configured overdue limit of the complaint ledger ({@code doudi.ledger.overdue-days}) to
 * SQL at every start, server or command: the {@code complaint_ledger} view and the {@code
 * overdue_complaint} finding read it. Eager even in a command's lazy context, since nothing asks
 * for it.
 */
@Component
@Lazy(false)
public class LedgerOverdueSetting implements InitializingBean {

  private final JdbcTemplate jdbc;
  private final int overdueDays;

  LedgerOverdueSetting(
      JdbcTemplate jdbc, @Value("${doudi.ledger.overdue-days:15}") int overdueDays) {
    this.jdbc = jdbc;
    this.overdueDays = overdueDays;
  }

  @Override
  public void afterPropertiesSet() {
    jdbc.update(
        "INSERT INTO instance_setting (key, value) VALUES ('ledger_overdue_days', ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()",
        Integer.toString(overdueDays));
  }
}
