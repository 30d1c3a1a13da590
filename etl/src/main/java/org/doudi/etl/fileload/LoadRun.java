package org.doudi.etl.fileload;

import org.doudi.warehouse.dictionary.Period;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * The run a step is loading, as the launcher gave it in the job's parameters.
 *
 * @param staging the run's staging folder
 * @param street the account's street; {@code null} for the district
 * @param run the run's identity
 * @param loadedBy who loads the files
 * @param period the period chosen when loading; {@code null} when none was
 */
public record LoadRun(String staging, String street, String run, String loadedBy, Period period) {

  /** The run of the step executing on this thread. */
  public static LoadRun current() {
    JobParameters p = StepSynchronizationManager.getContext().getStepExecution().getJobParameters();
    return new LoadRun(
        p.getString(LoadContext.STAGING),
        p.getString(LoadContext.STREET),
        p.getString(LoadContext.RUN),
        p.getString(LoadContext.LOADED_BY),
        p.getString(LoadContext.PERIOD) == null
            ? null
            : Period.require(p.getString(LoadContext.PERIOD)));
  }
}
