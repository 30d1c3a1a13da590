package org.doudi.dashboard.cli;

import org.doudi.dashboard.demo.DemoGuard;
import org.doudi.dashboard.petition.LedgerOverdueSetting;
import org.doudi.warehouse.WarehouseConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * What every {@code ingest} command shares: the warehouse, Spring Batch and the pipeline's file
 * loading (with its crash recovery at start), the findings engine that recomputes after a load, and
 * the demo guard. Each source's own job configuration is left out here: a command's configuration
 * (such as {@code IngestPetitionsConfiguration}) adds the one source it loads. The context is lazy
 * (see {@link CommandLine}), so of the scanned packages only what the command reaches is created.
 * No auto-configuration, web server, scheduler, reports or mail.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true)
@Import({WarehouseConfiguration.class, LedgerOverdueSetting.class, DemoGuard.class})
@ComponentScan(
    basePackages = {"org.doudi.warehouse", "org.doudi.etl"},
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = IngestCommandConfiguration.SOURCE_JOBS))
public class IngestCommandConfiguration {

  /** The job configurations of the pipeline's sources, one per package of {@code etl}. */
  public static final String SOURCE_JOBS = "org\\.doudi\\.etl\\.\\w+\\.\\w+JobConfiguration";
}
