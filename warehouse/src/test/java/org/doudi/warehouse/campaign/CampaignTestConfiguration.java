package org.doudi.warehouse.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.WarehouseConfiguration;
import org.doudi.warehouse.findings.FindingsEngine;
import org.doudi.warehouse.money.PaymentRepository;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.doudi.warehouse.rectification.RectificationWorkflow;
import org.doudi.warehouse.registry.RegistryRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The warehouse with the campaign's packages and the findings engine, the clock stopped on
 * 2025-03-01 in Shanghai (after the campaign's end, as FindingRulesTest).
 */
@Configuration(proxyBeanMethods = false)
@Import({WarehouseConfiguration.class, InstanceSettings.class})
@ComponentScan(
    basePackageClasses = {
      FindingsEngine.class,
      PersonalDataKeys.class,
      RegistryRepository.class,
      PaymentRepository.class,
      RectificationWorkflow.class
    })
public class CampaignTestConfiguration {

  public static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
  }
}
