package org.doudi.etl.fileload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.doudi.warehouse.WarehouseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cleans up after a process that died while loading, at every start (server or command): one
 * process holds the warehouse at a time, so a job execution still marked running and a load_log row
 * still {@code running} were left by a dead one. The executions are marked failed (so that running
 * the same load again resumes them), the rows failed with a 中断 message the load pages show, and
 * every staged file and raw upload is deleted: they hold personal data and must not outlive a load.
 *
 * <p>Eager even in a command's lazy context: nothing asks for it, and it must run before a load.
 */
@Component
@Lazy(false)
class LoadRecovery implements SmartInitializingSingleton {

  /** The message of a load that a dying process left running; the pages show it as 中断. */
  static final String INTERRUPTED = "中断：导入进程意外退出（如断电、强行结束），这次导入的数据未保存；请重新导入同一文件";

  private static final Logger log = LoggerFactory.getLogger(LoadRecovery.class);

  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final JdbcTemplate jdbc;
  private final WarehouseSettings warehouse;

  LoadRecovery(
      JobRepository jobRepository,
      JobOperator jobOperator,
      JdbcTemplate jdbc,
      WarehouseSettings warehouse) {
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.jdbc = jdbc;
    this.warehouse = warehouse;
  }

  @Override
  public void afterSingletonsInstantiated() {
    recover();
  }

  /** Marks what a dead process left running as failed and deletes its raw files. */
  void recover() {
    int executions = 0;
    for (String job : jobRepository.getJobNames()) {
      for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
        jobOperator.recover(execution);
        executions++;
      }
    }
    int rows =
        jdbc.update(
            "UPDATE load_log SET status = 'failed', message = ?, finished_at = current_timestamp"
                + " WHERE status = 'running'",
            INTERRUPTED);
    int files = deleteRawFiles();
    if (executions + rows + files > 0) {
      log.warn(
          "Recovered after a dead process: {} job executions and {} loads marked failed, {} raw"
              + " files deleted",
          executions,
          rows,
          files);
    }
  }

  /** Deletes everything in the inbox (staged runs, uploads) and the older upload folder. */
  private int deleteRawFiles() {
    int deleted = 0;
    for (Path folder : List.of(warehouse.inbox(), warehouse.home().resolve("uploads"))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> entries = Files.list(folder)) {
        for (Path entry : entries.toList()) {
          StagingArea.delete(entry);
          deleted++;
        }
      } catch (IOException e) {
        log.error("Could not delete raw files in {}", folder, e);
      }
    }
    return deleted;
  }
}
