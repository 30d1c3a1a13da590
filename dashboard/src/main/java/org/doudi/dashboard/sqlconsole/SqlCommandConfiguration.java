package org.doudi.dashboard.sqlconsole;

import org.doudi.warehouse.WarehouseConfiguration;
import org.doudi.warehouse.gateway.SqlGatewayConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Everything the {@code sql} command uses and nothing more: the warehouse, the gateway and the
 * command. No auto-configuration, web server, scheduler, Batch or report templates: a query from
 * the shell should answer like {@code duckdb -c} does.
 */
@Configuration(proxyBeanMethods = false)
@Import({WarehouseConfiguration.class, SqlGatewayConfiguration.class, SqlCommand.class})
public class SqlCommandConfiguration {}
