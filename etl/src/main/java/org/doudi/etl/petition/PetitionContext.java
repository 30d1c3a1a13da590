package org.doudi.etl.petition;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The keys the petition job's steps pass each other in the job's execution context, besides the
 * parameters every load job gets ({@link org.doudi.etl.fileload.LoadContext}).
 */
final class PetitionContext {

  static final String FILE_NAME = "fileName";
  static final String OUTCOME = "outcome";
  static final String LOAD_ID = "loadId";
  static final String STAGED = "staged";
  static final String DELIMITER = "delimiter";
  static final String COLUMNS = "columns";
  static final String MESSAGE = "message";
  static final String NEW_CASES = "newCases";
  static final String UPDATED_CASES = "updatedCases";
  static final String REJECTED_ROWS = "rejectedRows";
  static final String ROWS = "rows";
  static final String PERIODS = "periods";

  private PetitionContext() {}

  static JobExecution job(ChunkContext chunk) {
    return chunk.getStepContext().getStepExecution().getJobExecution();
  }

  static ExecutionContext context(ChunkContext chunk) {
    return job(chunk).getExecutionContext();
  }

  static String parameter(ChunkContext chunk, String name) {
    return job(chunk).getJobParameters().getString(name);
  }
}
