package org.doudi.dashboard.streetform;

import java.nio.file.Path;
import java.util.List;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.Period;

/** Turns the arguments of an {@code ingest} command into a load request. */
final class IngestArguments {

  private IngestArguments() {}

  /**
   * Returns the request; {@code --user} names who loads (default {@code cli:<os user>}), and when
   * it is a street account its street rule applies here as on the upload page.
   */
  static FileLoadRequest request(CliArguments arguments, AccountRepository accounts) {
    Period period =
        arguments
            .option("period")
            .map(
                text ->
                    Period.parse(text)
                        .orElseThrow(
                            () -> new UsageException("--period 应写作 YYYY-MM，例如 2024-12：" + text)))
            .orElse(null);
    String user = arguments.user();
    List<FileLoadRequest.InputFile> files =
        arguments.positional().stream().map(Path::of).map(FileLoadRequest.InputFile::of).toList();
    String street =
        accounts
            .find(user)
            .filter(account -> account.role() == Role.STREET)
            .map(Account::streetCode)
            .orElse(null);
    return new FileLoadRequest(files, period, user, street);
  }
}
