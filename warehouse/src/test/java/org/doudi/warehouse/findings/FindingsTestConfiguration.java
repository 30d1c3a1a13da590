package org.doudi.warehouse.findings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.doudi.warehouse.WarehouseConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The warehouse and the findings package, with the clock stopped on 2025-03-01 in Shanghai. */
@Configuration(proxyBeanMethods = false)
@Import(WarehouseConfiguration.class)
@ComponentScan(basePackageClasses = FindingsEngine.class)
class FindingsTestConfiguration {

  static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
  }
}
