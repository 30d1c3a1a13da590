package org.doudi.etl.fileload;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.load.LoadLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one listener of every load job: once the job ends, announces the periods its steps changed
 * ({@link LoadCompleted}, read from the execution contexts, whatever the source) and marks a load
 * left pending by a failed step as failed. The announcement waits for its listeners (the findings)
 * unless the run asked for them later, as an upload page does to answer at once.
 */
@Component
class LoadJobListener implements JobExecutionListener, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(LoadJobListener.class);

  private final ApplicationEventPublisher events;
  private final LoadLog loadLog;
  private final ExecutorService later =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "load-completed"));

  LoadJobListener(ApplicationEventPublisher events, LoadLog loadLog) {
    this.events = events;
    this.loadLog = loadLog;
  }

  @Override
  public void afterJob(JobExecution execution) {
    long pending = LoadContext.pending(execution);
    if (execution.getStatus() != BatchStatus.COMPLETED && pending >= 0) {
      loadLog.finish(pending, "failed", 0, "导入失败：" + reason(execution));
    }
    Set<Period> periods = LoadContext.periods(execution);
    if (periods.isEmpty()) {
      return;
    }
    LoadCompleted event =
        new LoadCompleted(
            LoadKind.of(execution.getJobParameters().getString(LoadContext.KIND)), periods);
    if ("true".equals(execution.getJobParameters().getString(LoadContext.FINDINGS_LATER))) {
      later.submit(() -> publish(event));
    } else {
      publish(event);
    }
  }

  private void publish(LoadCompleted event) {
    try {
      events.publishEvent(event);
    } catch (RuntimeException e) {
      // The rows are committed; a listener's failure must not make the load look failed.
      log.warn("A listener of {} failed: {}", event, e.getMessage(), e);
    }
  }

  static String reason(JobExecution execution) {
    return execution.getAllFailureExceptions().stream()
        .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
        .findFirst()
        .orElse(execution.getExitStatus().getExitDescription());
  }

  @Override
  public void destroy() {
    later.shutdown();
  }
}
