package org.doudi.etl.petition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doudi.warehouse.load.LoadLog;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Records how the load ended in load_log and removes the staged copy, which holds raw personal data
 * and must not outlive the load.
 */
@Component
class PetitionFinishTasklet implements Tasklet {

  private final LoadLog loadLog;

  PetitionFinishTasklet(LoadLog loadLog) {
    this.loadLog = loadLog;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    ExecutionContext context = PetitionContext.context(chunk);
    String outcome = context.getString(PetitionContext.OUTCOME, "REJECTED");
    long rows =
        context.getLong(PetitionContext.NEW_CASES, 0L)
            + context.getLong(PetitionContext.UPDATED_CASES, 0L);
    String status =
        switch (outcome) {
          case "LOADED" -> "loaded";
          case "SKIPPED" -> "skipped";
          default -> "rejected";
        };
    loadLog.finish(
        context.getLong(PetitionContext.LOAD_ID),
        status,
        rows,
        context.getString(PetitionContext.MESSAGE, ""));
    if (context.containsKey(PetitionContext.STAGED)) {
      Files.deleteIfExists(Path.of(context.getString(PetitionContext.STAGED)));
    }
    return RepeatStatus.FINISHED;
  }
}
