package org.doudi.etl.petition;

import java.nio.file.Path;
import java.util.List;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.LoadProgress;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.stereotype.Component;

/**
 * Loads one petition file through the pipeline, as {@code ingest petitions} does, for the tests.
 */
@Component
class PetitionLoader {

  private final FileLoadLauncher launcher;

  PetitionLoader(FileLoadLauncher launcher) {
    this.launcher = launcher;
  }

  PetitionLoadResult load(
      Path file, String fileName, boolean skipBadRows, String loadedBy, LoadProgress progress)
      throws Exception {
    long started = System.nanoTime();
    FileLoadRequest request =
        new FileLoadRequest(
            List.of(new FileLoadRequest.InputFile(file, fileName)),
            null,
            loadedBy,
            null,
            skipBadRows,
            false);
    return new PetitionLoadResult(
        launcher.run(LoadKind.PETITIONS, request, progress).get(0),
        (System.nanoTime() - started) / 1e9);
  }
}
