package org.doudi.dashboard.upload;

import java.time.Duration;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.ProgressRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the upload limits in front of every other filter, security included, and their count under
 * Tomcat's reading of the body; behind security, lets a running load go before the readers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UploadLimitConfiguration {

  @Bean
  FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(FileLoadLauncher launcher) {
    FilterRegistrationBean<UploadLimitFilter> registration =
        new FilterRegistrationBean<>(new UploadLimitFilter(new UploadLimits(launcher)));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadBodyCount(
      FileLoadLauncher launcher) {
    return factory -> factory.addContextValves(new UploadBodyValve(new UploadLimits(launcher)));
  }

  @Bean
  FilterRegistrationBean<ReadersWhileLoading> readersWhileLoading(
      ProgressRegistry loads,
      @Value("${doudi.loads.readers-while-loading:1}") int readers,
      @Value("${doudi.loads.longest-reader-wait:PT30S}") Duration longestWait) {
    FilterRegistrationBean<ReadersWhileLoading> registration =
        new FilterRegistrationBean<>(new ReadersWhileLoading(loads::loading, readers, longestWait));
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
