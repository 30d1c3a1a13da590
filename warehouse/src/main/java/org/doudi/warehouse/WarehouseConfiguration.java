package org.doudi.warehouse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.calendar.CalendarProperties;
import org.doudi.warehouse.calendar.ReportingCalendar;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.doudi.warehouse.dictionary.StreetDictionaryFile;
import org.doudi.warehouse.migration.MigrationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Opens the warehouse for the application: one DuckDB instance per process, migrated before any
 * other bean sees it, and the dictionaries read from it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WarehouseProperties.class, CalendarProperties.class})
public class WarehouseConfiguration {

  /** Returns the warehouse settings from {@code doudi.warehouse.*}. */
  @Bean
  public WarehouseSettings warehouseSettings(
      WarehouseProperties properties, @Value("${doudi.backup.dir:}") String backupDir) {
    Path path = properties.path();
    Path home = path.toAbsolutePath().getParent();
    Path backups = backupDir.isBlank() ? home.resolve("backups") : Path.of(backupDir);
    return new WarehouseSettings(
        path,
        properties.memoryLimit().strip(),
        properties.threads(),
        List.of(home.resolve("inbox"), backups.toAbsolutePath()));
  }

  /** Returns the data source, with the schema migrated before it is handed out. */
  @Bean(destroyMethod = "close")
  public DuckDbDataSource dataSource(
      WarehouseSettings settings, @Value("${doudi.streets.file:}") String streetsFile) {
    DuckDbDataSource dataSource = new DuckDbDataSource(settings);
    try {
      new MigrationRunner(dataSource).migrate();
      if (!streetsFile.isBlank()) {
        // another district's (or a city's) streets replace the default dictionary of V001
        StreetDictionaryFile.read(Path.of(streetsFile))
            .applyTo(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
      }
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return dataSource;
  }

  /** Returns the JDBC template over the warehouse. */
  @Bean
  public JdbcTemplate jdbcTemplate(DuckDbDataSource dataSource) {
    return new JdbcTemplate(dataSource);
  }

  /** Returns the transaction manager every writer (and Spring Batch) shares. */
  @Bean
  public PlatformTransactionManager transactionManager(DuckDbDataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }

  /** Returns the product's clock, in the bureau's time zone (Asia/Shanghai). */
  @Bean
  public Clock clock() {
    return Clock.system(ZoneId.of("Asia/Shanghai"));
  }

  /** Returns the district's streets. */
  @Bean
  public StreetDictionary streetDictionary(JdbcTemplate jdbc) {
    return new StreetDictionary(jdbc);
  }

  /** Returns the Chinese labels of the 15 figures. */
  @Bean
  public MetricDictionary metricDictionary(JdbcTemplate jdbc) {
    return new MetricDictionary(jdbc);
  }

  /** Returns the reporting calendar: due dates and complete periods, one rule for SQL and Java. */
  @Bean
  public ReportingCalendar reportingCalendar(
      JdbcTemplate jdbc, Clock clock, CalendarProperties properties) {
    return new ReportingCalendar(jdbc, clock, properties);
  }

  /** Returns the accounts store. */
  @Bean
  public AccountRepository accountRepository(JdbcTemplate jdbc) {
    return new AccountRepository(jdbc);
  }

  /** Returns the audit log. */
  @Bean
  public AuditLog auditLog(JdbcTemplate jdbc) {
    return new AuditLog(jdbc);
  }
}
