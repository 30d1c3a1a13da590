package org.doudi.reports;

import org.doudi.reports.delivery.ReminderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the reports module's settings when the application starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReportProperties.class, ReminderProperties.class})
public class ReportsConfiguration {}
