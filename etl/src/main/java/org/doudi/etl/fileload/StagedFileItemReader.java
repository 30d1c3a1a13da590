package org.doudi.etl.fileload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the staged files of a run one at a time, in their order. Its read count is saved with each
 * committed chunk, so a restarted run goes on with the first file that was not committed.
 */
public class StagedFileItemReader extends AbstractItemCountingItemStreamItemReader<StagedFile> {

  private final Path staging;
  private List<Path> files = List.of();

  /** Creates the reader of one staging folder, under the name Spring Batch keeps its state by. */
  public StagedFileItemReader(String name, Path staging) {
    this.staging = staging;
    setName(name);
  }

  @Override
  protected void doOpen() {
    try (Stream<Path> list = Files.list(staging)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取暂存目录 " + staging, e);
    }
  }

  @Override
  protected StagedFile doRead() throws IOException {
    int index = getCurrentItemCount() - 1;
    if (index >= files.size()) {
      return null;
    }
    Path path = files.get(index);
    StagingArea.Entry entry = StagingArea.entryOf(path);
    byte[] bytes = Files.readAllBytes(path);
    return new StagedFile(
        entry.index(), path, entry.fileName(), StagingArea.sha256(bytes), bytes.length);
  }

  @Override
  protected void doClose() {
    files = List.of();
  }
}
