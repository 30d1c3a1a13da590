package org.doudi.reports.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compiles the templates and loads the chart font in the background once the server is up, so the
 * first person to download a report does not wait for the compiler (seconds) on top of the fill.
 */
@Component
@ConditionalOnProperty(name = "doudi.mode", havingValue = "server")
@ConditionalOnWebApplication
class ReportWarmUp {

  private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

  private final JasperTemplates templates;

  ReportWarmUp(JasperTemplates templates) {
    this.templates = templates;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              long started = System.nanoTime();
              try {
                for (ReportTemplate template : ReportTemplate.values()) {
                  templates.get(template);
                }
                ChartPainter.font();
                log.info(
                    "Report templates ready in {} ms", (System.nanoTime() - started) / 1_000_000);
              } catch (RuntimeException e) {
                log.error("Report templates could not be prepared: {}", e.getMessage(), e);
              }
            },
            "report-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }
}
