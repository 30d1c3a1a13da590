package org.doudi.etl.discipline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.doudi.etl.fileload.FileLoadRecorder;
import org.doudi.etl.fileload.FileOutcome;
import org.doudi.etl.fileload.StagedFile;
import org.doudi.etl.fileload.StagedFileItemReader;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadKind;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code disciplineLoadJob}: like the street form job, one staged file per chunk, so each file
 * loads all or nothing in its own transaction, together with its load record, and a restart goes on
 * with the first file not committed.
 */
@Configuration(proxyBeanMethods = false)
class DisciplineLoadJobConfiguration {

  /**
   * A staged file with what reading it gave.
   *
   * @param file the staged file
   * @param read its rows or errors
   */
  record Parsed(StagedFile file, DisciplineReader.Read read) {}

  @Bean
  Job disciplineLoadJob(JobRepository jobRepository, Step disciplineLoadStep) {
    return new JobBuilder("disciplineLoadJob", jobRepository).start(disciplineLoadStep).build();
  }

  @Bean
  Step disciplineLoadStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      StagedFileItemReader disciplineFileReader,
      DisciplineItemProcessor disciplineItemProcessor,
      DisciplineItemWriter disciplineItemWriter) {
    return new StepBuilder("disciplineLoadStep", jobRepository)
        .<StagedFile, Parsed>chunk(1)
        .transactionManager(transactionManager)
        .reader(disciplineFileReader)
        .processor(disciplineItemProcessor)
        .writer(disciplineItemWriter)
        .build();
  }

  @Bean
  @StepScope
  StagedFileItemReader disciplineFileReader(@Value("#{jobParameters['staging']}") String staging) {
    return new StagedFileItemReader("disciplineFileReader", Path.of(staging));
  }

  /** Reads and checks one staged file; bad content becomes the errors, never an exception. */
  static class DisciplineItemProcessor implements ItemProcessor<StagedFile, Parsed> {
    private final DisciplineReader reader;
    private final Period chosen;

    DisciplineItemProcessor(DisciplineReader reader, Period chosen) {
      this.reader = reader;
      this.chosen = chosen;
    }

    @Override
    public Parsed process(StagedFile file) {
      return new Parsed(file, reader.read(file.path(), file.fileName(), chosen));
    }
  }

  /** Writes one file's rows as new versions with its load record, in the file's transaction. */
  static class DisciplineItemWriter implements ItemWriter<Parsed> {
    private final FileLoadRecorder recorder;
    private final JdbcTemplate jdbc;
    private final String run;
    private final String loadedBy;

    DisciplineItemWriter(
        FileLoadRecorder recorder, JdbcTemplate jdbc, String run, String loadedBy) {
      this.recorder = recorder;
      this.jdbc = jdbc;
      this.run = run;
      this.loadedBy = loadedBy;
    }

    @Override
    public void write(org.springframework.batch.infrastructure.item.Chunk<? extends Parsed> chunk) {
      for (Parsed parsed : chunk) {
        DisciplineLoadJobConfiguration.write(recorder, jdbc, run, loadedBy, parsed);
      }
    }
  }

  @Bean
  @StepScope
  DisciplineItemProcessor disciplineItemProcessor(
      DisciplineReader reader, @Value("#{jobParameters['period']}") String period) {
    return new DisciplineItemProcessor(reader, period == null ? null : Period.require(period));
  }

  @Bean
  @StepScope
  DisciplineItemWriter disciplineItemWriter(
      FileLoadRecorder recorder,
      JdbcTemplate jdbc,
      @Value("#{jobParameters['run']}") String run,
      @Value("#{jobParameters['loadedBy']}") String loadedBy) {
    return new DisciplineItemWriter(recorder, jdbc, run, loadedBy);
  }

  private static void write(
      FileLoadRecorder recorder, JdbcTemplate jdbc, String run, String loadedBy, Parsed parsed) {
    OptionalLong admitted =
        recorder.admit(LoadKind.DISCIPLINE, run, parsed.file(), loadedBy, parsed.read().errors());
    if (admitted.isEmpty()) {
      return;
    }
    long loadId = admitted.getAsLong();
    List<String> periods = new ArrayList<>();
    for (DisciplineFigures row : parsed.read().rows()) {
      Integer version =
          jdbc.queryForObject(
              "SELECT coalesce(max(version), 0) + 1 FROM discipline_figure WHERE period = ? AND street_code = ?",
              Integer.class,
              row.period().toString(),
              row.street().code());
      List<Object> args =
          new ArrayList<>(List.of(row.period().toString(), row.street().code(), version, loadId));
      StringBuilder marks = new StringBuilder();
      for (Metric metric : Metric.values()) {
        BigDecimal value = row.figures().get(metric);
        args.add(metric.kind() == Metric.Kind.COUNT ? (Object) value.intValueExact() : value);
        marks.append(", ?");
      }
      jdbc.update(
          "INSERT INTO discipline_figure (period, street_code, version, load_id, "
              + Metric.columns()
              + ") VALUES (?, ?, ?, ?"
              + marks
              + ")",
          args.toArray());
      if (!periods.contains(row.period().label())) {
        periods.add(row.period().label());
      }
    }
    recorder.finish(
        loadId,
        FileOutcome.Status.OK,
        parsed.read().rows().size(),
        List.of(
            "纪检监察机关数据已导入："
                + String.join("、", periods)
                + "，共 "
                + parsed.read().rows().size()
                + " 个街镇"));
  }
}
