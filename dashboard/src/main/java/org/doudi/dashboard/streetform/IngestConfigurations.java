package org.doudi.dashboard.streetform;

import org.doudi.dashboard.cli.IngestCommandConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The lean contexts of the {@code ingest} commands of forms, discipline figures and the campaign's
 * files: each is the pipeline with the one source it loads (see {@link
 * IngestCommandConfiguration}).
 */
public final class IngestConfigurations {

  private IngestConfigurations() {}

  /** {@code ingest street-form}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestStreetFormCommand.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.streetform",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class StreetForm {}

  /** {@code ingest discipline}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestDisciplineCommand.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.discipline",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class Discipline {}

  /** {@code ingest relatives}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestCampaignCommands.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.relatives",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class Relatives {}

  /** {@code ingest custody}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestCampaignCommands.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.custody",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class Custody {}

  /** {@code ingest removals}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestCampaignCommands.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.removals",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class Removals {}

  /** {@code ingest payments}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestCampaignCommands.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.payments",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class Payments {}

  /** {@code ingest ledger}. */
  @Configuration(proxyBeanMethods = false)
  @Import({IngestCommandConfiguration.class, IngestCampaignCommands.class})
  @ComponentScan(
      basePackages = "org.doudi.etl.ledger",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = IngestCommandConfiguration.SOURCE_JOBS))
  public static class Ledger {}
}
