package org.doudi.dashboard.petition;

import org.doudi.dashboard.cli.IngestCommandConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** The lean context of {@code ingest petitions}: the pipeline with the petition source only. */
@Configuration(proxyBeanMethods = false)
@Import({IngestCommandConfiguration.class, IngestPetitionsCommand.class})
@ComponentScan(
    basePackages = "org.doudi.etl.petition",
    useDefaultFilters = false,
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = IngestCommandConfiguration.SOURCE_JOBS))
public class IngestPetitionsConfiguration {}
