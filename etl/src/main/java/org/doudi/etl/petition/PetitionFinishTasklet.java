package org.doudi.etl.petition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.LoadContext;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Records how the load ended (load_log, and the outcome and changed periods the pipeline answers
 * with) and removes the UTF-8 rewrite, which holds raw personal data and must not outlive the load.
 */
@Component
class PetitionFinishTasklet implements Tasklet {

  private final FileLoadRecorder recorder;

  PetitionFinishTasklet(FileLoadRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    ExecutionContext context = PetitionContext.context(chunk);
    String outcome = context.getString(PetitionContext.OUTCOME, "REJECTED");
    long newCases = context.getLong(PetitionContext.NEW_CASES, 0L);
    long updatedCases = context.getLong(PetitionContext.UPDATED_CASES, 0L);
    FileOutcome.Status status =
        switch (outcome) {
          case "LOADED" -> FileOutcome.Status.OK;
          case "SKIPPED" -> FileOutcome.Status.SKIPPED;
          default -> FileOutcome.Status.REJECTED;
        };
    Set<Period> periods =
        status != FileOutcome.Status.OK
            ? Set.of()
            : Arrays.stream(context.getString(PetitionContext.PERIODS, "").split(","))
                .filter(p -> !p.isBlank())
                .map(Period::require)
                .collect(Collectors.toCollection(TreeSet::new));
    StagedFile file =
        StagedFile.of(Path.of(PetitionContext.parameter(chunk, LoadContext.STAGING))).get(0);
    recorder.finish(
        file,
        context.getLong(PetitionContext.LOAD_ID),
        status,
        status == FileOutcome.Status.OK ? newCases + updatedCases : 0,
        List.of(context.getString(PetitionContext.MESSAGE, "").split("\n")),
        periods,
        Map.of(
            PetitionContext.NEW_CASES, newCases,
            PetitionContext.UPDATED_CASES, updatedCases,
            PetitionContext.REJECTED_ROWS, context.getLong(PetitionContext.REJECTED_ROWS, 0L)));
    if (context.containsKey(PetitionContext.STAGED)) {
      Files.deleteIfExists(Path.of(context.getString(PetitionContext.STAGED)));
    }
    return RepeatStatus.FINISHED;
  }
}
