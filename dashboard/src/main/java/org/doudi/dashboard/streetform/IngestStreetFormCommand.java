package org.doudi.dashboard.streetform;

import java.util.List;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.stereotype.Component;

/**
 * {@code ingest street-form FILE... [--period YYYY-MM]}: loads statistics forms, one status line
 * per file on stderr; exit 1 when any file was rejected.
 */
@Component
class IngestStreetFormCommand implements CliCommand {

  private final FileLoadLauncher loader;
  private final AccountRepository accounts;

  IngestStreetFormCommand(FileLoadLauncher loader, AccountRepository accounts) {
    this.loader = loader;
    this.accounts = accounts;
  }

  @Override
  public String name() {
    return "ingest street-form";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws Exception {
    List<FileOutcome> outcomes =
        loader.run(LoadKind.STREET_FORM, IngestArguments.request(arguments, accounts));
    return report(outcomes, output);
  }

  static int report(List<FileOutcome> outcomes, CliOutput output) {
    for (FileOutcome outcome : outcomes) {
      output.err().println(outcome.statusLine());
    }
    return outcomes.stream().anyMatch(FileOutcome::rejected) ? REJECTED : OK;
  }
}
