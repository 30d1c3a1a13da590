package org.doudi.warehouse.gateway;

import java.time.Duration;
import org.doudi.warehouse.DuckDbDataSource;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.datetime.standard.DurationFormatterUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Wires the SQL gateway from {@code doudi.sql.*}. */
@Configuration(proxyBeanMethods = false)
public class SqlGatewayConfiguration {

  /** Returns the gateway's bounds from {@code doudi.sql.*}. */
  @Bean
  public GatewaySettings gatewaySettings(
      @Value("${doudi.sql.timeout:30s}") String timeout,
      @Value("${doudi.sql.max-rows:10000}") int maxRows,
      @Value("${doudi.sql.planning-timeout:15s}") String planningTimeout,
      @Value("${doudi.sql.max-result-bytes:32MB}") String maxBytes,
      @Value("${doudi.sql.max-concurrent-per-user:2}") int maxConcurrentPerUser,
      @Value("${doudi.sql.max-value-bytes:64KB}") String maxValueBytes) {
    // parsed here rather than by a conversion service, so plain (non-Boot) contexts read "30s" too
    Duration parsed = DurationFormatterUtils.detectAndParse(timeout);
    return new GatewaySettings(
        parsed,
        maxRows,
        DurationFormatterUtils.detectAndParse(planningTimeout),
        DataSize.parse(maxBytes).toBytes(),
        maxConcurrentPerUser,
        DataSize.parse(maxValueBytes).toBytes());
  }

  /** Returns the log of gateway queries. */
  @Bean
  public SqlQueryLog sqlQueryLog(JdbcTemplate jdbc, AuditLog audit) {
    return new SqlQueryLog(jdbc, audit);
  }

  /** Returns the gateway; Calcite's classes load when it is first used. */
  @Bean(destroyMethod = "close")
  public SqlGateway sqlGateway(
      DuckDbDataSource dataSource, GatewaySettings settings, SqlQueryLog queryLog) {
    return new SqlGateway(dataSource, settings, queryLog);
  }
}
