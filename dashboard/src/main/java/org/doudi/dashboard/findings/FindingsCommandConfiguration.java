package org.doudi.dashboard.findings;

import org.doudi.dashboard.petition.LedgerOverdueSetting;
import org.doudi.warehouse.WarehouseConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Everything the {@code findings} command uses and nothing more: the warehouse, the findings engine
 * (with the configured complaint deadline its rules read) and the command. No auto-configuration,
 * web server, scheduler, Batch, reports or mail (see {@code DoudiApplication.LEAN_COMMANDS}).
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true)
@Import({WarehouseConfiguration.class, LedgerOverdueSetting.class, FindingsCommand.class})
@ComponentScan(basePackages = "org.doudi.warehouse.findings")
public class FindingsCommandConfiguration {}
