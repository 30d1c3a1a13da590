package org.doudi.etl.discipline;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadCompleted;
import org.doudi.warehouse.load.LoadKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Loads the discipline commission's figures through the {@code disciplineLoadJob} and announces the
 * changed periods ({@link LoadCompleted} of kind DISCIPLINE) once committed.
 */
@Service
public class DisciplineLoader {

  private static final Logger log = LoggerFactory.getLogger(DisciplineLoader.class);

  private final FileLoadLauncher launcher;
  private final Job job;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  DisciplineLoader(
      FileLoadLauncher launcher,
      @Qualifier("disciplineLoadJob") Job job,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events) {
    this.launcher = launcher;
    this.job = job;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Loads the files, each all or nothing; returns each file's outcome in the order given. */
  public List<FileOutcome> load(FileLoadRequest request) throws IOException {
    List<FileOutcome> outcomes = launcher.run(LoadKind.DISCIPLINE, job, request);
    List<Long> loaded =
        outcomes.stream()
            .filter(o -> o.status() == FileOutcome.Status.OK)
            .map(FileOutcome::loadId)
            .toList();
    if (!loaded.isEmpty()) {
      String ids = loaded.stream().map(String::valueOf).collect(Collectors.joining(","));
      Set<Period> periods =
          jdbc
              .queryForList(
                  "SELECT DISTINCT period FROM discipline_figure WHERE load_id IN (" + ids + ")",
                  String.class)
              .stream()
              .map(Period::require)
              .collect(Collectors.toCollection(TreeSet::new));
      try {
        events.publishEvent(new LoadCompleted(LoadKind.DISCIPLINE, periods));
      } catch (RuntimeException e) {
        log.warn("A listener of the discipline load failed: {}", e.getMessage(), e);
      }
    }
    return outcomes;
  }
}
