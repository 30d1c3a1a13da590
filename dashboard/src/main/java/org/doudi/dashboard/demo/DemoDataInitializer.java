package org.doudi.dashboard.demo;

import org.doudi.etl.demo.DemoDataGenerator;
import org.doudi.etl.demo.DemoLoad;
import org.doudi.warehouse.InstanceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set when the server starts on a warehouse that holds no data yet and {@code
 * doudi.demo} is on. Commands never get here ({@code doudi.mode=cli}), and a warehouse that holds
 * any data, demo or real, is left as it is.
 *
 * <p>It runs as a lifecycle step before the web server opens its port, so that the first page
 * anyone sees already shows the demo data, as CONTRACT.md promises.
 */
@Component
@ConditionalOnProperty(name = "doudi.mode", havingValue = "server")
class DemoDataInitializer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

  private final DemoDataGenerator generator;
  private final InstanceSettings settings;
  private final boolean enabled;
  private volatile boolean running;

  DemoDataInitializer(
      DemoDataGenerator generator,
      InstanceSettings settings,
      @Value("${doudi.demo:true}") boolean enabled) {
    this.generator = generator;
    this.settings = settings;
    this.enabled = enabled;
  }

  @Override
  public void start() {
    running = true;
    // a demo the administrator removed (demo_data = false) is not loaded again into the emptied
    // warehouse: the instance is on its way to real work
    if (!enabled || settings.get(InstanceSettings.DEMO_DATA).isPresent()) {
      return;
    }
    if (!settings.warehouseEmpty()) {
      return;
    }
    DemoLoad load = generator.load();
    log.info(
        "演示数据已载入：{} 至 {}，统计表 {} 份，信访/热线案件 {} 件（{} 毫秒）",
        load.periods().first(),
        load.periods().last(),
        load.forms(),
        load.cases(),
        load.took().toMillis());
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Starts before the web server (whose phase is just below the default) opens its port. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE / 2;
  }
}
