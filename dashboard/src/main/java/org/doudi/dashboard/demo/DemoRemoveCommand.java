package org.doudi.dashboard.demo;

import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.warehouse.demo.DemoDataRemoval;
import org.springframework.stereotype.Component;

/**
 * {@code demo remove}: removes the demo data set from the instance and keeps accounts, settings,
 * schedules and real data, so that real work can start on the same warehouse.
 */
@Component
class DemoRemoveCommand implements CliCommand {

  private final DemoDataRemoval removal;

  DemoRemoveCommand(DemoDataRemoval removal) {
    this.removal = removal;
  }

  @Override
  public String name() {
    return "demo remove";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) {
    if (!removal.demoRowsPresent()) {
      output.err().println("OK 本实例没有演示数据，无需清除。");
      return OK;
    }
    output.err().println("OK " + removal.remove(CliArguments.actor()).text());
    return OK;
  }
}
