package org.doudi.warehouse.gateway;

import java.time.Duration;

/**
 * Bounds every gateway query.
 *
 * @param timeout how long a query may run before DuckDB is told to cancel it ({@code
 *     doudi.sql.timeout})
 * @param maxRows the most rows a query returns; more are cut and the result says so ({@code
 *     doudi.sql.max-rows})
 * @param planningTimeout how long Calcite may parse, validate and plan one statement before it is
 *     stopped and the statement refused ({@code doudi.sql.planning-timeout})
 * @param maxBytes the most text a result holds in memory, counted as characters of every value;
 *     more rows are cut like the row cap ({@code doudi.sql.max-result-bytes})
 * @param maxConcurrentPerUser how many statements one person may have in the gateway at once
 *     ({@code doudi.sql.max-concurrent-per-user})
 * @param maxValueBytes the most text one row may carry, in UTF-8 bytes; DuckDB stops a statement
 *     that makes a larger row before the row is copied anywhere ({@code doudi.sql.max-value-bytes})
 */
public record GatewaySettings(
    Duration timeout,
    int maxRows,
    Duration planningTimeout,
    long maxBytes,
    int maxConcurrentPerUser,
    long maxValueBytes) {

  /** Default of {@code doudi.sql.planning-timeout}. */
  public static final Duration PLANNING_TIMEOUT = Duration.ofSeconds(15);

  /** Default of {@code doudi.sql.max-result-bytes}: 32 MB. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  /**
   * Default of {@code doudi.sql.max-value-bytes}: 64 KB, so that one chunk of rows DuckDB hands
   * over (2,048 rows) stays within 128 MB even when every row is at the limit.
   */
  public static final long MAX_VALUE_BYTES = 64L * 1024;

  /** Default of {@code doudi.sql.max-concurrent-per-user}. */
  public static final int MAX_CONCURRENT_PER_USER = 2;

  /** Checks the bounds are usable. */
  public GatewaySettings {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("doudi.sql.timeout must be positive");
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("doudi.sql.max-rows must be at least 1");
    }
    if (planningTimeout == null || planningTimeout.isNegative() || planningTimeout.isZero()) {
      throw new IllegalArgumentException("doudi.sql.planning-timeout must be positive");
    }
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("doudi.sql.max-result-bytes must be at least 1KB");
    }
    if (maxConcurrentPerUser < 1) {
      throw new IllegalArgumentException("doudi.sql.max-concurrent-per-user must be at least 1");
    }
    if (maxValueBytes < 1024) {
      throw new IllegalArgumentException("doudi.sql.max-value-bytes must be at least 1KB");
    }
  }

  /** Bounds with the default size of one row. */
  public GatewaySettings(
      Duration timeout,
      int maxRows,
      Duration planningTimeout,
      long maxBytes,
      int maxConcurrentPerUser) {
    this(timeout, maxRows, planningTimeout, maxBytes, maxConcurrentPerUser, MAX_VALUE_BYTES);
  }

  /** Bounds with the defaults for planning, result size and concurrency. */
  public GatewaySettings(Duration timeout, int maxRows) {
    this(timeout, maxRows, PLANNING_TIMEOUT, MAX_BYTES, MAX_CONCURRENT_PER_USER, MAX_VALUE_BYTES);
  }
}
