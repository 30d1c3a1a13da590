package org.doudi.dashboard.sqlconsole;

import org.doudi.warehouse.gateway.SqlGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans one query in the background once the server is up, so that the first analyst does not wait
 * for Calcite's classes to load and its planner to warm (several seconds on a cold JVM).
 */
@Component
@ConditionalOnWebApplication
class GatewayWarmUp {

  private static final Logger log = LoggerFactory.getLogger(GatewayWarmUp.class);

  private final SqlGateway gateway;

  GatewayWarmUp(SqlGateway gateway) {
    this.gateway = gateway;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              try {
                gateway.warmUp(
                    "SELECT period, count(*) AS n FROM street_report GROUP BY period ORDER BY period");
              } catch (RuntimeException e) {
                log.warn("Warming the SQL gateway failed: {}", e.getMessage());
              }
            },
            "sql-gateway-warm-up");
    thread.setDaemon(true);
    thread.start();
  }
}
