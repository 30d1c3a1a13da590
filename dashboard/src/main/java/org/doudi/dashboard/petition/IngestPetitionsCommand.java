package org.doudi.dashboard.petition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.LoadInterruptedException;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.stereotype.Component;

/**
 * {@code ingest petitions FILE... [--skip-bad-rows]}: loads petition and hotline logs, one status
 * line per file on stderr, with progress (rows and percent) while a file loads.
 */
@Component
class IngestPetitionsCommand implements CliCommand {

  private final FileLoadLauncher launcher;

  IngestPetitionsCommand(FileLoadLauncher launcher) {
    this.launcher = launcher;
  }

  @Override
  public String name() {
    return "ingest petitions";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws Exception {
    boolean skipBadRows = arguments.flag("skip-bad-rows");
    String user = arguments.user();
    int status = OK;
    for (String name : arguments.positional()) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        output.err().println("REJECTED " + name + "：文件不存在");
        status = REJECTED;
        continue;
      }
      long started = System.nanoTime();
      FileOutcome result;
      try {
        FileLoadRequest request =
            new FileLoadRequest(
                List.of(FileLoadRequest.InputFile.of(file)), null, user, null, skipBadRows, false);
        result =
            launcher
                .run(LoadKind.PETITIONS, request, new ProgressLines(output.err(), System::nanoTime))
                .get(0);
      } catch (LoadInterruptedException e) {
        output.err().println("FAILED " + name + ": " + e.getMessage());
        status = REJECTED;
        continue;
      }
      String message = String.join("\n", result.message());
      switch (result.status()) {
        case OK ->
            output
                .err()
                .printf("OK %s %s；用时 %.1f 秒%n", name, message, (System.nanoTime() - started) / 1e9);
        case SKIPPED -> output.err().println("SKIPPED " + name + ": " + message);
        case REJECTED -> {
          output.err().println("REJECTED " + name + ": " + message.replace("\n", "\n  "));
          status = REJECTED;
        }
      }
    }
    return status;
  }
}
