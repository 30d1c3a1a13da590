package org.doudi.etl.demo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.doudi.warehouse.BulkRows;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.figures.FigureRepository;
import org.doudi.warehouse.figures.FigureVersion;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.PetitionMonths;
import org.doudi.warehouse.money.PaymentRepository;
import org.doudi.warehouse.money.RemovalRepository;
import org.doudi.warehouse.rectification.LedgerRepository;
import org.doudi.warehouse.registry.RegistryRepository;
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
  private final RegistryRepository registry;
  private final RemovalRepository removals;
  private final PaymentRepository payments;
  private final LedgerRepository ledgers;
  private final FigureRepository figures;

  DemoDataGenerator(
      DataSource dataSource,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      LoadLog loadLog,
      InstanceSettings settings,
      StreetDictionary streets,
      ApplicationEventPublisher events,
      Clock clock,
      RegistryRepository registry,
      RemovalRepository removals,
      PaymentRepository payments,
      LedgerRepository ledgers,
      FigureRepository figures) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.loadLog = loadLog;
    this.settings = settings;
    this.streets = streets;
    this.events = events;
    this.clock = clock;
    this.registry = registry;
    this.removals = removals;
    this.payments = payments;
    this.ledgers = ledgers;
    this.figures = figures;
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
    DemoCampaign.Rows campaign =
        DemoCampaign.of(
            SEED, streets.all().stream().map(Street::code).toList(), set.forms(), last, today);
    long[] campaignMillis = {0};
    long loadId =
        transaction.execute(
            status -> {
              long id = loadLog.start(LoadKind.DEMO, "演示数据（种子 " + SEED + "）", null, 0, "system");
              write(set, id);
              long campaignStarted = System.nanoTime();
              write(campaign, id);
              campaignMillis[0] = (System.nanoTime() - campaignStarted) / 1_000_000;
              int rows = set.forms().size() + set.discipline().size() + set.cases().size();
              loadLog.finish(
                  id,
                  "loaded",
                  rows,
                  String.format(
                      "演示数据：%d 个街镇，%s 至 %s 共 %d 个统计期；统计表 %d 份（含更正版本），纪检监察数据 %d 行，信访/热线案件 %d 件；"
                          + "近亲属备案 %d 条，卡折代管 %d 条，清退名单 %d 人，发放台账 %d 条，整改问题 %d 个。均为虚构数据。",
                      streets.all().size(),
                      set.periods().iterator().next(),
                      last,
                      set.periods().size(),
                      set.forms().size(),
                      set.discipline().size(),
                      set.cases().size(),
                      campaign.relatives().size(),
                      campaign.custody().size(),
                      campaign.removals().size(),
                      campaign.payments().size(),
                      campaign.ledgers().values().stream().mapToInt(List::size).sum()));
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
        "Demo data loaded: {} forms, {} discipline rows, {} cases over {} periods in {} ms"
            + " (the campaign's {} removals and {} payments through its writers in {} ms)",
        result.forms(),
        result.disciplineRows(),
        result.cases(),
        result.periods().size(),
        result.took().toMillis(),
        campaign.removals().size(),
        campaign.payments().size(),
        campaignMillis[0]);
    events.publishEvent(new LoadCompleted(LoadKind.DEMO, result.periods()));
    return result;
  }

  /**
   * Writes the forms and the discipline figures through the writer the form and discipline loads
   * use, and the cases through the petition load's own statement (sql/petition/upsert.sql) from a
   * table shaped like the rows it keeps; the ledger's moves as the ledger page records them.
   */
  private void write(DemoDataSet set, long loadId) {
    Comparator<FigureVersion> order =
        Comparator.comparing(FigureVersion::period)
            .thenComparing(FigureVersion::streetCode)
            .thenComparingInt(FigureVersion::version);
    figures.writeForms(set.forms().stream().sorted(order).toList(), loadId);
    figures.writeDiscipline(set.discipline().stream().sorted(order).toList(), loadId);
    // A statement first: an Appender opened first thing in a transaction would commit on its own.
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE petition_kept AS SELECT case_no, received_date, channel,"
            + " real_name, category, street_code, program, issues, complainant_masked,"
            + " id_no_masked, phone_masked, complainant_key, id_no_quality, status, closed_date,"
            + " resolved FROM petition_case LIMIT 0");
    jdbc.execute("CREATE OR REPLACE TEMP TABLE petition_sealed (case_no VARCHAR, sealed BLOB)");
    jdbc.execute(
        "CREATE OR REPLACE TEMP TABLE demo_ledger AS SELECT case_no, from_state, to_state, note,"
            + " occurred_at FROM complaint_ledger_event LIMIT 0");
    try {
      DuckDBConnection duck =
          DataSourceUtils.getConnection(dataSource).unwrap(DuckDBConnection.class);
      try (DuckDBAppender appender = duck.createAppender("temp", "main", "petition_kept")) {
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
              .append(c.resolved());
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
    // the petition load's INSERT of new cases (its UPDATE of known ones has nothing to do here)
    jdbc.update(
        BulkRows.statements("petition/upsert.sql").get(1).replace("${new_only}", ""), loadId);
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
    for (String staging : List.of("petition_kept", "petition_sealed", "demo_ledger")) {
      jdbc.execute("DROP TABLE temp.main." + staging);
    }
  }

  /**
   * Writes the campaign's rows through the writers a load of the streets' files uses, so that they
   * are masked, hashed and checked as a load's are, under the demo's load.
   */
  private void write(DemoCampaign.Rows campaign, long loadId) {
    StreetAccess district = StreetAccess.all();
    registry.writeRelatives(district, campaign.relatives(), loadId, DemoLedger.WORK_TEAM);
    registry.writeCustody(district, campaign.custody(), loadId, DemoLedger.WORK_TEAM);
    removals.write(district, campaign.removals(), loadId, DemoLedger.WORK_TEAM);
    payments.write(district, campaign.payments(), loadId, DemoLedger.WORK_TEAM);
    campaign
        .ledgers()
        .forEach(
            (street, rows) -> ledgers.write(district, street, rows, loadId, DemoLedger.WORK_TEAM));
  }
}
