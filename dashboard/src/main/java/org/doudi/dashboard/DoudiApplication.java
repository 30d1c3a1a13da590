package org.doudi.dashboard;

import java.util.Map;
import java.util.TimeZone;
import org.doudi.dashboard.backup.RestoreCommand;
import org.doudi.dashboard.cli.CommandLine;
import org.doudi.dashboard.findings.FindingsCommandConfiguration;
import org.doudi.dashboard.petition.IngestPetitionsConfiguration;
import org.doudi.dashboard.sqlconsole.SqlCommandConfiguration;
import org.doudi.dashboard.streetform.IngestConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts doudi: with no command it serves the web UI; with a command (see {@code --help}) it runs
 * that command without a web server and exits.
 */
@SpringBootApplication(scanBasePackages = "org.doudi")
@EnableScheduling
public class DoudiApplication {

  /** The bureau's clock: the warehouse's sessions, schedules and pages all read Beijing time. */
  static final String TIME_ZONE = "Asia/Shanghai";

  /**
   * Commands that start only their own configuration rather than the whole application (see {@link
   * CommandLine}): none needs the web server, the scheduler, reports or mail; {@code sql} not even
   * Batch, and each {@code ingest} only the one source it loads.
   */
  public static final Map<String, Class<?>> LEAN_COMMANDS =
      Map.ofEntries(
          Map.entry("sql", SqlCommandConfiguration.class),
          Map.entry("findings", FindingsCommandConfiguration.class),
          Map.entry("ingest petitions", IngestPetitionsConfiguration.class),
          Map.entry("ingest street-form", IngestConfigurations.StreetForm.class),
          Map.entry("ingest discipline", IngestConfigurations.Discipline.class),
          Map.entry("ingest relatives", IngestConfigurations.Relatives.class),
          Map.entry("ingest custody", IngestConfigurations.Custody.class),
          Map.entry("ingest removals", IngestConfigurations.Removals.class),
          Map.entry("ingest payments", IngestConfigurations.Payments.class),
          Map.entry("ingest ledger", IngestConfigurations.Ledger.class));

  /** Runs the server or a command, as the arguments say. */
  public static void main(String[] args) {
    // the DuckDB driver renders TIMESTAMPTZ values in the JVM's zone: on a server whose system
    // clock is UTC, every time on the pages and in the exports would otherwise be 8 hours early
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
    int status = commandLine(new CommandLine(DoudiApplication.class, LEAN_COMMANDS)).run(args);
    if (status >= 0) {
      System.exit(status);
    }
  }

  /** Returns the command line with the commands that run before any instance is opened. */
  public static CommandLine commandLine(CommandLine commandLine) {
    return commandLine.withoutWarehouse(new RestoreCommand());
  }
}
