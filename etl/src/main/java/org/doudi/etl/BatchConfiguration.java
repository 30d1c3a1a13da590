package org.doudi.etl;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * Keeps Spring Batch's job repository in the warehouse file, so that job history and restart state
 * survive restarts and travel with a backup. DuckDB speaks the PostgreSQL dialect of the
 * repository's SQL; Boot's own batch set-up does not recognise DuckDB, hence the explicit setup.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(databaseType = "POSTGRES", isolationLevelForCreate = Isolation.DEFAULT)
public class BatchConfiguration {}
