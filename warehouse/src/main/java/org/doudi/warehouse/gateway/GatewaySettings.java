package org.doudi.warehouse.gateway;

import java.time.Duration;

/**
 * Bounds every gateway query.
 *
 * @param timeout how long a query may run before DuckDB is told to cancel it ({@code
 *     doudi.sql.timeout})
 * @param maxRows the most rows a query returns; more are cut and the result says so ({@code
 *     doudi.sql.max-rows})
 */
public record GatewaySettings(Duration timeout, int maxRows) {

  /** Checks the bounds are usable. */
  public GatewaySettings {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("doudi.sql.timeout must be positive");
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("doudi.sql.max-rows must be at least 1");
    }
  }
}
