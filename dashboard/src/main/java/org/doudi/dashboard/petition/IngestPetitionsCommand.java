package org.doudi.dashboard.petition;

import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.etl.petition.PetitionLoadFailedException;
import org.doudi.etl.petition.PetitionLoadResult;
import org.doudi.etl.petition.PetitionLoader;
import org.springframework.stereotype.Component;

/**
 * {@code ingest petitions FILE... [--skip-bad-rows]}: loads petition and hotline logs, one status
 * line per file on stderr, with progress (rows and percent) while a file loads.
 */
@Component
class IngestPetitionsCommand implements CliCommand {

  private final PetitionLoader loader;

  IngestPetitionsCommand(PetitionLoader loader) {
    this.loader = loader;
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
      PetitionLoadResult result;
      try {
        result =
            loader.load(
                file,
                file.getFileName().toString(),
                skipBadRows,
                user,
                new ProgressLines(output.err(), System::nanoTime));
      } catch (PetitionLoadFailedException e) {
        output.err().println("FAILED " + name + ": " + e.getMessage());
        status = REJECTED;
        continue;
      }
      switch (result.outcome()) {
        case LOADED ->
            output.err().printf("OK %s %s；用时 %.1f 秒%n", name, result.message(), result.seconds());
        case SKIPPED -> output.err().println("SKIPPED " + name + ": " + result.message());
        case REJECTED -> {
          output.err().println("REJECTED " + name + ": " + result.message().replace("\n", "\n  "));
          status = REJECTED;
        }
      }
    }
    return status;
  }
}
