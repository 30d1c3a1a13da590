package org.doudi.etl.streetform;

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
 * Loads street forms through the {@code streetFormLoadJob} and, once the files are committed, tells
 * the rest of the product which periods changed ({@link LoadCompleted}). The command line and the
 * upload page both come here.
 */
@Service
public class StreetFormLoader {

  private static final Logger log = LoggerFactory.getLogger(StreetFormLoader.class);

  private final FileLoadLauncher launcher;
  private final Job job;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  StreetFormLoader(
      FileLoadLauncher launcher,
      @Qualifier("streetFormLoadJob") Job job,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events) {
    this.launcher = launcher;
    this.job = job;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Loads the files, each all or nothing; returns each file's outcome in the order given. */
  public List<FileOutcome> load(FileLoadRequest request) throws IOException {
    return load(request, job);
  }

  /** Loads the files with the given job of the same name (a test's variant that fails midway). */
  List<FileOutcome> load(FileLoadRequest request, Job withJob) throws IOException {
    List<FileOutcome> outcomes = launcher.run(LoadKind.STREET_FORM, withJob, request);
    Set<Period> periods = periodsOf(outcomes);
    if (!periods.isEmpty()) {
      publish(new LoadCompleted(LoadKind.STREET_FORM, periods));
    }
    return outcomes;
  }

  private Set<Period> periodsOf(List<FileOutcome> outcomes) {
    List<Long> loaded =
        outcomes.stream()
            .filter(o -> o.status() == FileOutcome.Status.OK)
            .map(FileOutcome::loadId)
            .toList();
    if (loaded.isEmpty()) {
      return Set.of();
    }
    String ids = loaded.stream().map(String::valueOf).collect(Collectors.joining(","));
    return jdbc
        .queryForList(
            "SELECT DISTINCT period FROM street_form WHERE load_id IN (" + ids + ")", String.class)
        .stream()
        .map(Period::require)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  void publish(LoadCompleted event) {
    try {
      events.publishEvent(event);
    } catch (RuntimeException e) {
      // The forms are committed; a listener's failure must not make the load look failed.
      log.warn("A listener of {} failed: {}", event, e.getMessage(), e);
    }
  }
}
