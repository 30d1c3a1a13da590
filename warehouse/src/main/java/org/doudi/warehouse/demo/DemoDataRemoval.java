package org.doudi.warehouse.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.PetitionMonths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the demo data set (演示数据) from an instance and keeps its accounts, settings, schedules and
 * any real data, so that a bureau can start real work on the instance it tried the product on.
 */
@Component
public class DemoDataRemoval {

  static final String SCRIPT = "sql/demo/remove_demo_data.sql";

  /** What the removal took out. */
  public record Removed(long forms, long disciplineRows, long cases) {

    /** Returns the removal in one Chinese sentence. */
    public String text() {
      return String.format(
          "已清除演示数据：统计表 %,d 份，纪检监察数据 %,d 行，信访/热线案件 %,d 件。账户、设置和发送计划均已保留。",
          forms, disciplineRows, cases);
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final InstanceSettings settings;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  DemoDataRemoval(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      InstanceSettings settings,
      ApplicationEventPublisher events,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.settings = settings;
    this.events = events;
    this.audit = audit;
  }

  /** Returns whether the warehouse holds rows of the demo data set. */
  public boolean demoRowsPresent() {
    Boolean any =
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM load_log WHERE kind = 'demo')", Boolean.class);
    return Boolean.TRUE.equals(any) || settings.demoData();
  }

  /** Removes the demo rows, clears the 演示数据 mark and recomputes the findings of what is left. */
  public Removed remove(String actor) {
    long forms = count("street_form");
    long discipline = count("discipline_figure");
    long cases = count("petition_case");
    Set<Period> periods = new TreeSet<>();
    jdbc.queryForList(
            "SELECT DISTINCT period FROM street_form WHERE load_id IN"
                + " (SELECT id FROM load_log WHERE kind = 'demo')"
                + " UNION SELECT DISTINCT period FROM discipline_figure WHERE load_id IN"
                + " (SELECT id FROM load_log WHERE kind = 'demo')",
            String.class)
        .forEach(p -> Period.parse(p).ifPresent(periods::add));
    transaction.executeWithoutResult(
        status -> {
          for (String statement : statements()) {
            jdbc.execute(statement);
          }
          PetitionMonths.rebuild(jdbc);
          settings.put(InstanceSettings.DEMO_DATA, "false");
        });
    transaction.executeWithoutResult(
        status -> jdbc.update("DELETE FROM load_log WHERE kind = 'demo'"));
    Removed removed =
        new Removed(
            forms - count("street_form"),
            discipline - count("discipline_figure"),
            cases - count("petition_case"));
    // recomputes the findings of what is left and tells whoever keeps derived figures (caches)
    events.publishEvent(new LoadCompleted(LoadKind.DEMO, periods));
    audit.record(actor, "demo_removed", null, removed.text(), AuditLog.Outcome.OK);
    return removed;
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    return n == null ? 0 : n;
  }

  private static List<String> statements() {
    try {
      String sql =
          new String(
              new ClassPathResource(SCRIPT).getInputStream().readAllBytes(),
              StandardCharsets.UTF_8);
      String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "");
      return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
