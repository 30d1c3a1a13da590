package org.doudi.etl.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.PetitionMonths;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo data set (演示数据) and writes it into the warehouse in one transaction: the
 * streets' forms over the last {@value #MONTHS} complete months, the figures reported to discipline
 * inspection and tens of thousands of petition cases, all synthetic, the same for the same seed.
 */
@Component
public class DemoDataGenerator {

  /** The seed of the demo set every instance loads. */
  public static final long SEED = 20241101L;

  /** How many months the demo set covers, ending with the last complete month. */
  public static final int MONTHS = 24;

  private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final LoadLog loadLog;
  private final InstanceSettings settings;
  private final StreetDictionary streets;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DemoDataGenerator(
      DataSource dataSource,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      LoadLog loadLog,
      InstanceSettings settings,
      StreetDictionary streets,
      ApplicationEventPublisher events,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.loadLog = loadLog;
    this.settings = settings;
    this.streets = streets;
    this.events = events;
    this.clock = clock;
  }

  /** Returns the demo set for a seed, ending with {@code last}, as it stands on {@code today}. */
  DemoDataSet generate(long seed, Period last, int months, LocalDate today) {
    List<String> codes = streets.all().stream().map(Street::code).toList();
    return new DemoDistrict(seed, codes, last, months, today).generate();
  }

  /**
   * Writes the demo set into the warehouse, records the load, marks the instance as holding demo
   * data, and announces the periods with {@link LoadCompleted} once committed.
   */
  public DemoLoad load() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    Period last = Period.of(today).previous();
    DemoDataSet set = generate(SEED, last, MONTHS, today);
    long loadId =
        transaction.execute(
            status -> {
              long id = loadLog.start(LoadKind.DEMO, "演示数据（种子 " + SEED + "）", null, 0, "system");
              write(set, id);
              int rows = set.forms().size() + set.discipline().size() + set.cases().size();
              loadLog.finish(
                  id,
                  "loaded",
                  rows,
                  String.format(
                      "演示数据：%d 个街镇，%s 至 %s 共 %d 个统计期；统计表 %d 份（含更正版本），纪检监察数据 %d 行，信访/热线案件 %d 件。均为虚构数据。",
                      streets.all().size(),
                      set.periods().iterator().next(),
                      last,
                      set.periods().size(),
                      set.forms().size(),
                      set.discipline().size(),
                      set.cases().size()));
              settings.put(InstanceSettings.DEMO_DATA, "true");
              return id;
            });
    DemoLoad result =
        new DemoLoad(
            loadId,
            new TreeSet<>(set.periods()),
            set.forms().size(),
            set.discipline().size(),
            set.cases().size(),
            Duration.ofNanos(System.nanoTime() - started));
    log.info(
        "Demo data loaded: {} forms, {} discipline rows, {} cases over {} periods in {} ms",
        result.forms(),
        result.disciplineRows(),
        result.cases(),
        result.periods().size(),
        result.took().toMillis());
    events.publishEvent(new LoadCompleted(LoadKind.DEMO, result.periods()));
    return result;
  }

  /**
   * Appends the rows through staging tables shaped like the facts, then inserts them in one
   * statement each, so that columns later migrations add to the fact tables take their defaults.
   */
  private void write(DemoDataSet set, long loadId) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    String metrics = Metric.columns();
    String formColumns =
        "period, street_code, version, load_id, loaded_at, contact_name, contact_phone, fill_date,"
            + " remarks, "
            + metrics;
    String disciplineColumns = "period, street_code, version, load_id, loaded_at, " + metrics;
    String caseColumns =
        "case_no, received_date, channel, real_name, category, street_code, program, issues,"
            + " complainant_masked, id_no_masked, phone_masked, complainant_key, id_no_quality,"
            + " status, closed_date, resolved, load_id, updated_at";
    // A statement first: an Appender opened first thing in a transaction would commit on its own.
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE demo_street_form AS SELECT "
            + formColumns
            + " FROM street_form LIMIT 0");
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE demo_discipline AS SELECT "
            + disciplineColumns
            + " FROM discipline_figure LIMIT 0");
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE demo_petition AS SELECT "
            + caseColumns
            + " FROM petition_case LIMIT 0");
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE demo_ledger AS SELECT case_no, from_state, to_state, note,"
            + " occurred_at FROM complaint_ledger_event LIMIT 0");
    try {
      DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
      try (DuckDBAppender appender = duck.createAppender("temp", "main", "demo_street_form")) {
        for (DemoForm form : set.forms()) {
          appender
              .beginRow()
              .append(form.period().toString())
              .append(form.streetCode())
              .append(form.version())
              .append(loadId)
              .append(form.loadedAt())
              .append(form.contactName())
              .append(form.contactPhone())
              .append(form.fillDate());
          appender.append(form.remarks());
          appendFigures(appender, form);
          appender.endRow();
        }
      }
      try (DuckDBAppender appender = duck.createAppender("temp", "main", "demo_discipline")) {
        for (DemoForm form : set.discipline()) {
          appender
              .beginRow()
              .append(form.period().toString())
              .append(form.streetCode())
              .append(form.version())
              .append(loadId)
              .append(form.loadedAt());
          appendFigures(appender, form);
          appender.endRow();
        }
      }
      try (DuckDBAppender appender = duck.createAppender("temp", "main", "demo_petition")) {
        for (DemoCase c : set.cases()) {
          appender
              .beginRow()
              .append(c.caseNo())
              .append(c.receivedDate())
              .append(c.channel())
              .append(c.realName())
              .append(c.category())
              .append(c.streetCode())
              .append(c.program());
          if (c.issues() == null) {
            appender.appendNull();
          } else {
            appender.append(c.issues());
          }
          appender
              .append(c.complainantMasked())
              .append(c.idNoMasked())
              .append(c.phoneMasked())
              .append(c.complainantKey())
              .append(c.idNoQuality())
              .append(c.status())
              .append(c.closedDate())
              .append(c.resolved())
              .append(loadId)
              .append(
                  (c.closedDate() == null ? c.receivedDate() : c.closedDate())
                      .atTime(18, 0)
                      .atOffset(java.time.ZoneOffset.ofHours(8)));
          appender.endRow();
        }
      }
      try (DuckDBAppender appender = duck.createAppender("temp", "main", "demo_ledger")) {
        for (DemoLedger.Move move : set.ledger()) {
          appender
              .beginRow()
              .append(move.caseNo())
              .append(move.from())
              .append(move.to())
              .append(move.note())
              .append(move.at());
          appender.endRow();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("写入演示数据失败：" + e.getMessage(), e);
    }
    jdbc.execute(
        "INSERT INTO street_form ("
            + formColumns
            + ") SELECT "
            + formColumns
            + " FROM demo_street_form ORDER BY period, street_code, version");
    jdbc.execute(
        "INSERT INTO discipline_figure ("
            + disciplineColumns
            + ") SELECT "
            + disciplineColumns
            + " FROM demo_discipline ORDER BY period, street_code, version");
    jdbc.execute(
        "INSERT INTO petition_case ("
            + caseColumns
            + ") SELECT "
            + caseColumns
            + " FROM demo_petition");
    PetitionMonths.rebuild(jdbc);
    // the ledger: every move, and for each item moved its latest state (verified_at for a verdict)
    jdbc.update(
        "INSERT INTO complaint_ledger_event (case_no, from_state, to_state, note, username,"
            + " occurred_at) SELECT case_no, from_state, to_state, note, ?, occurred_at"
            + " FROM demo_ledger ORDER BY occurred_at, case_no",
        DemoLedger.WORK_TEAM);
    jdbc.update(
        "INSERT INTO complaint_ledger_item (case_no, state, note, updated_by, updated_at,"
            + " verified_at, created_at) SELECT case_no, arg_max(to_state, occurred_at),"
            + " arg_max(note, occurred_at), ?, max(occurred_at),"
            + " max(occurred_at) FILTER (WHERE to_state <> '核实中'), min(occurred_at)"
            + " FROM demo_ledger GROUP BY case_no",
        DemoLedger.WORK_TEAM);
    for (String staging :
        List.of("demo_street_form", "demo_discipline", "demo_petition", "demo_ledger")) {
      jdbc.execute("DROP TABLE temp.main." + staging);
    }
  }

  private static void appendFigures(DuckDBAppender appender, DemoForm form) throws SQLException {
    for (Metric metric : Metric.values()) {
      if (metric.kind() == Metric.Kind.YUAN) {
        appender.append(form.figures().get(metric.ordinal()));
      } else {
        appender.append(form.figures().get(metric.ordinal()).intValueExact());
      }
    }
  }
}
