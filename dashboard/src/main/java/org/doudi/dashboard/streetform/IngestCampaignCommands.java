package org.doudi.dashboard.streetform;

import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaign's files on the command line ({@code ingest
 * relatives|custody|removals|payments|ledger FILE...}): each loads through its source of the
 * pipeline, one status line per file as for the street forms; exit 1 when any file was rejected.
 */
@Configuration(proxyBeanMethods = false)
class IngestCampaignCommands {

  @Bean
  CliCommand ingestRelativesCommand(FileLoadLauncher loader, AccountRepository accounts) {
    return new Ingest("ingest relatives", "relatives", loader, accounts);
  }

  @Bean
  CliCommand ingestCustodyCommand(FileLoadLauncher loader, AccountRepository accounts) {
    return new Ingest("ingest custody", "custody", loader, accounts);
  }

  @Bean
  CliCommand ingestRemovalsCommand(FileLoadLauncher loader, AccountRepository accounts) {
    return new Ingest("ingest removals", "removals", loader, accounts);
  }

  @Bean
  CliCommand ingestPaymentsCommand(FileLoadLauncher loader, AccountRepository accounts) {
    return new Ingest("ingest payments", "payments", loader, accounts);
  }

  @Bean
  CliCommand ingestLedgerCommand(FileLoadLauncher loader, AccountRepository accounts) {
    return new Ingest("ingest ledger", "ledger", loader, accounts);
  }

  /** One {@code ingest} command of a campaign source, by the source's load kind. */
  private record Ingest(
      String name, String kind, FileLoadLauncher loader, AccountRepository accounts)
      implements CliCommand {

    @Override
    public int run(CliArguments arguments, CliOutput output) throws Exception {
      return IngestStreetFormCommand.report(
          loader.run(LoadKind.of(kind), IngestArguments.request(arguments, accounts)), output);
    }
  }
}
