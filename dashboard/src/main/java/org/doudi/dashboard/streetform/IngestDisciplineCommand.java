package org.doudi.dashboard.streetform;

import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.etl.discipline.DisciplineLoader;
import org.springframework.stereotype.Component;

/**
 * {@code ingest discipline FILE... [--period YYYY-MM]}: loads the figures reported to discipline
 * inspection, one status line per file; exit 1 when any file was rejected.
 */
@Component
class IngestDisciplineCommand implements CliCommand {

  private final DisciplineLoader loader;

  IngestDisciplineCommand(DisciplineLoader loader) {
    this.loader = loader;
  }

  @Override
  public String name() {
    return "ingest discipline";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws Exception {
    return IngestStreetFormCommand.report(loader.load(IngestArguments.request(arguments)), output);
  }
}
