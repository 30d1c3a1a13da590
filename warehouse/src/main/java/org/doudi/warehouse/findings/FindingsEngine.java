package org.doudi.warehouse.findings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the findings of some periods (or all) into {@code finding_record}, in one transaction.
 *
 * <p>Every rule of {@code sql/findings/} runs over the periods asked for; a finding found again
 * keeps its number, status and first-seen time, one no longer found is closed (not current any
 * more, status {@code closed}, an event by {@code system}: a corrected form closes it), a closed
 * one found again is reopened, and a new one is added. Findings of other periods are left alone.
 */
@Component
public class FindingsEngine {

  private static final Logger log = LoggerFactory.getLogger(FindingsEngine.class);

  /** Where the rules live on the classpath, one file per rule. */
  static final String RULES = "sql/findings/*.sql";

  private static final String SAME_KEY =
      "f.rule = c.rule AND f.period = c.period"
          + " AND f.street_code IS NOT DISTINCT FROM c.street_code"
          + " AND f.metric IS NOT DISTINCT FROM c.metric";

  private static final String NO_LONGER_FOUND =
      " FROM finding_record f WHERE f.current"
          + " AND f.period IN (SELECT period FROM findings_scope)"
          + " AND f.rule IN (SELECT rule FROM findings_rule_run)"
          + " AND NOT EXISTS (SELECT 1 FROM finding_candidate c WHERE "
          + SAME_KEY
          + ")";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ReportingCalendar calendar;
  private final FindingsLock lock;
  private final List<FindingRule> rules;
  private final ApplicationEventPublisher events;

  FindingsEngine(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      Clock clock,
      ReportingCalendar calendar,
      FindingsLock lock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    // Listeners run after a loader's commit, possibly while its transaction is still bound.
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.calendar = calendar;
    this.lock = lock;
    this.events = events;
    this.rules = loadRules();
  }

  /** Recomputes the findings of every period the warehouse has data or findings for. */
  public Recomputation recomputeAll() {
    return recompute(allPeriods());
  }

  /** Recomputes the findings of the given periods; an empty collection does nothing. */
  public Recomputation recompute(Collection<Period> periods) {
    List<Period> scope = new ArrayList<>(new TreeSet<>(periods));
    long started = System.nanoTime();
    if (scope.isEmpty()) {
      return new Recomputation(List.of(), 0, 0, 0, 0, List.of(), 0);
    }
    lock.lock();
    try {
      Recomputation result = transaction.execute(status -> run(scope, started));
      log.info(
          "Findings recomputed for {} period(s): {} found, {} new, {} closed, {} found again in {} ms",
          scope.size(),
          result.found(),
          result.added(),
          result.closed(),
          result.foundAgain(),
          result.millis());
      events.publishEvent(new FindingsChanged(null));
      return result;
    } finally {
      lock.unlock();
    }
  }

  private Recomputation run(List<Period> scope, long started) {
    jdbc.execute("CREATE OR REPLACE TEMP TABLE findings_scope (period VARCHAR PRIMARY KEY)");
    jdbc.batchUpdate(
        "INSERT INTO findings_scope VALUES (?)",
        scope.stream().map(p -> new Object[] {p.toString()}).toList());
    calendar.publish();
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE findings_param AS SELECT "
            + calendar.deadlineDay()
            + " AS deadline_day, '"
            + calendar.campaignStart()
            + "' AS campaign_start, DATE '"
            + LocalDate.now(clock)
            + "' AS today");
    jdbc.execute(
        """
        CREATE OR REPLACE TEMP TABLE finding_candidate (
            period VARCHAR, street_code VARCHAR, rule VARCHAR, metric VARCHAR,
            street_value DECIMAL(18, 2), other_value DECIMAL(18, 2),
            severity VARCHAR, message VARCHAR)""");
    jdbc.execute("CREATE OR REPLACE TEMP TABLE findings_rule_run (rule VARCHAR)");

    List<String> skipped = new ArrayList<>();
    for (FindingRule rule : rules) {
      List<String> missing = rule.requires().stream().filter(r -> !relationExists(r)).toList();
      if (!missing.isEmpty()) {
        log.info("Finding rule {} skipped: {} does not exist", rule.name(), missing.get(0));
        skipped.add(rule.name());
        continue;
      }
      long ruleStarted = System.nanoTime();
      try {
        jdbc.execute(
            "CREATE OR REPLACE TEMP TABLE finding_found AS SELECT * FROM (" + rule.sql() + "\n)");
        jdbc.update("INSERT INTO finding_candidate BY NAME SELECT * FROM finding_found");
      } catch (RuntimeException e) {
        throw new IllegalStateException("核查规则 " + rule.name() + " 执行失败：" + e.getMessage(), e);
      }
      List<String> foreign =
          jdbc.queryForList(
              "SELECT DISTINCT rule FROM finding_found WHERE rule IS DISTINCT FROM ?",
              String.class,
              rule.name());
      if (!foreign.isEmpty()) {
        throw new IllegalStateException(
            "核查规则 " + rule.name() + " 产生了规则名为 " + foreign + " 的结果；每个规则文件只能产生与文件同名的规则");
      }
      jdbc.update("INSERT INTO findings_rule_run VALUES (?)", rule.name());
      log.debug(
          "Finding rule {} ran in {} ms",
          rule.name(),
          (System.nanoTime() - ruleStarted) / 1_000_000);
    }
    jdbc.update(
        "DELETE FROM finding_candidate WHERE period NOT IN (SELECT period FROM findings_scope)");
    List<Map<String, Object>> duplicates =
        jdbc.queryForList(
            "SELECT rule, period, street_code, metric FROM finding_candidate"
                + " GROUP BY ALL HAVING count(*) > 1 LIMIT 1");
    if (!duplicates.isEmpty()) {
      throw new IllegalStateException("核查规则对同一街镇、统计期和指标产生了重复结果：" + duplicates.get(0));
    }

    int foundAgain =
        jdbc.update(
            "INSERT INTO finding_event (finding_id, actor, action, from_status, to_status, reason)"
                + " SELECT f.id, 'system', 'found_again', f.status, 'open', '重新核查时再次发现'"
                + " FROM finding_record f JOIN finding_candidate c ON "
                + SAME_KEY
                + " WHERE NOT f.current");
    jdbc.update(
        "UPDATE finding_record f SET street_value = c.street_value, other_value = c.other_value,"
            + " severity = c.severity, message = c.message, last_seen_at = current_timestamp,"
            + " status = CASE WHEN f.current THEN f.status ELSE 'open' END, current = true"
            + " FROM finding_candidate c WHERE "
            + SAME_KEY);
    int closed =
        jdbc.update(
            "INSERT INTO finding_event (finding_id, actor, action, from_status, to_status, reason)"
                + " SELECT f.id, 'system', 'closed', f.status, 'closed',"
                + " '重新核查时不再出现（数据已更正或已补齐），自动关闭'"
                + NO_LONGER_FOUND);
    jdbc.update(
        "UPDATE finding_record SET current = false, status = 'closed' WHERE id IN (SELECT f.id"
            + NO_LONGER_FOUND
            + ")");
    Long before =
        jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM finding_record", Long.class);
    int added =
        jdbc.update(
            "INSERT INTO finding_record (period, street_code, rule, metric, street_value,"
                + " other_value, severity, message)"
                + " SELECT c.period, c.street_code, c.rule, c.metric, c.street_value,"
                + " c.other_value, c.severity, c.message FROM finding_candidate c"
                + " WHERE NOT EXISTS (SELECT 1 FROM finding_record f WHERE "
                + SAME_KEY
                + ")");
    jdbc.update(
        "INSERT INTO finding_event (finding_id, actor, action, from_status, to_status)"
            + " SELECT id, 'system', 'found', NULL, 'open' FROM finding_record WHERE id > ?",
        before);
    Integer found = jdbc.queryForObject("SELECT count(*) FROM finding_candidate", Integer.class);
    return new Recomputation(
        List.copyOf(scope),
        found == null ? 0 : found,
        added,
        closed,
        foundAgain,
        List.copyOf(skipped),
        (System.nanoTime() - started) / 1_000_000);
  }

  private boolean relationExists(String name) {
    int dot = name.indexOf('.');
    Integer n =
        dot < 0
            ? jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                Integer.class,
                name)
            : jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_name = ? AND column_name = ?",
                Integer.class,
                name.substring(0, dot),
                name.substring(dot + 1));
    return n != null && n > 0;
  }

  /**
   * Returns every period with forms, discipline figures, petition cases, register rows, removals,
   * payments, rectification deadlines or current findings, and every period from the first one (not
   * before the campaign start) to the current month, so that missing forms are found too.
   */
  List<Period> allPeriods() {
    TreeSet<Period> periods = new TreeSet<>();
    jdbc.queryForList(
            "SELECT period FROM street_form UNION SELECT period FROM discipline_figure"
                + " UNION SELECT DISTINCT strftime(received_date, '%Y-%m') FROM petition_case"
                + " UNION SELECT period FROM finding_record WHERE current"
                + " UNION SELECT DISTINCT strftime(filed_date, '%Y-%m') FROM relative_filing_record"
                + " UNION SELECT DISTINCT strftime(registered_date, '%Y-%m') FROM card_custody_record"
                + " UNION SELECT DISTINCT strftime(removed_date, '%Y-%m') FROM removal_record"
                + " UNION SELECT DISTINCT period FROM payment_record"
                + " UNION SELECT DISTINCT strftime(due_date, '%Y-%m') FROM rectification_record"
                + " WHERE due_date IS NOT NULL",
            String.class)
        .forEach(p -> Period.parse(p).ifPresent(periods::add));
    String first =
        jdbc.queryForObject(
            "SELECT min(period) FROM (SELECT period FROM street_form"
                + " UNION ALL SELECT period FROM discipline_figure)",
            String.class);
    if (first != null) {
      Period from = Period.require(first);
      if (from.compareTo(calendar.campaignStart()) < 0) {
        from = calendar.campaignStart();
      }
      Period today = Period.of(LocalDate.now(clock));
      for (Period p = from; p.compareTo(today) <= 0; p = p.next()) {
        periods.add(p);
      }
    }
    return List.copyOf(periods);
  }

  private static List<FindingRule> loadRules() {
    List<FindingRule> loaded = new ArrayList<>();
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:" + RULES);
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          loaded.add(
              FindingRule.of(
                  file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("无法读取核查规则 " + RULES + "：" + e.getMessage(), e);
    }
    loaded.sort(Comparator.comparing(FindingRule::name));
    for (int i = 1; i < loaded.size(); i++) {
      if (loaded.get(i).name().equals(loaded.get(i - 1).name())) {
        throw new IllegalStateException("核查规则 " + loaded.get(i).name() + " 重复");
      }
    }
    return List.copyOf(loaded);
  }
}
