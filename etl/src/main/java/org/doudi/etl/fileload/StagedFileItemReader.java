package org.doudi.etl.fileload;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the staged files of a run one at a time, in their order. Its read count is saved with each
 * committed chunk, so a restarted run goes on with the first file that was not committed.
 */
public class StagedFileItemReader extends AbstractItemCountingItemStreamItemReader<StagedFile> {

  private final Path staging;
  private List<StagedFile> files = List.of();

  /** Creates the reader of one staging folder, under the name Spring Batch keeps its state by. */
  public StagedFileItemReader(String name, Path staging) {
    this.staging = staging;
    setName(name);
  }

  @Override
  protected void doOpen() {
    files = StagedFile.of(staging);
  }

  @Override
  protected StagedFile doRead() {
    int index = getCurrentItemCount() - 1;
    return index < files.size() ? files.get(index) : null;
  }

  @Override
  protected void doClose() {
    files = List.of();
  }
}
