package org.doudi.dashboard.streetform;

import java.nio.file.Path;
import java.util.List;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.warehouse.dictionary.Period;

/** Turns the arguments of an {@code ingest} command into a load request. */
final class IngestArguments {

  private IngestArguments() {}

  static FileLoadRequest request(CliArguments arguments) {
    Period period =
        arguments
            .option("period")
            .map(
                text ->
                    Period.parse(text)
                        .orElseThrow(
                            () -> new UsageException("--period 应写作 YYYY-MM，例如 2024-12：" + text)))
            .orElse(null);
    String user = arguments.option("user").orElse("cli:" + System.getProperty("user.name"));
    List<FileLoadRequest.InputFile> files =
        arguments.positional().stream().map(Path::of).map(FileLoadRequest.InputFile::of).toList();
    return new FileLoadRequest(files, period, user, null);
  }
}
