package org.doudi.dashboard.streetform;

import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.stereotype.Component;

/**
 * {@code ingest discipline FILE... [--period YYYY-MM]}: loads the figures reported to discipline
 * inspection, one status line per file; exit 1 when any file was rejected.
 */
@Component
class IngestDisciplineCommand implements CliCommand {

  private final FileLoadLauncher loader;
  private final AccountRepository accounts;

  IngestDisciplineCommand(FileLoadLauncher loader, AccountRepository accounts) {
    this.loader = loader;
    this.accounts = accounts;
  }

  @Override
  public String name() {
    return "ingest discipline";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws Exception {
    return IngestStreetFormCommand.report(
        loader.run(LoadKind.DISCIPLINE, IngestArguments.request(arguments, accounts)), output);
  }
}
