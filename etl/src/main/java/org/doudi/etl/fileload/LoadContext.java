package org.doudi.etl.fileload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doudi.warehouse.dictionary.Period;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The job parameters every load job gets and what its steps leave in their execution contexts: each
 * file's outcome and the periods it changed. The launcher answers from these and the job listener
 * announces the periods from them, so neither asks the database again what a step already knew.
 * Steps keep them in their own step's context, which a chunk commit saves with the chunk: a
 * restarted step goes on with the outcomes of the files it committed before.
 */
public final class LoadContext {

  /** The run key: the kind, the options and each file's name and SHA-256, hashed. Identifying. */
  public static final String RUN = "run";

  /** The load's kind ({@code load_log.kind}). */
  public static final String KIND = "kind";

  /** The folder holding the run's staged files. */
  public static final String STAGING = "staging";

  /** Who loads: an account name or {@code cli:<os user>}. */
  public static final String LOADED_BY = "loadedBy";

  /** The period chosen when loading, when one was. */
  public static final String PERIOD = "period";

  /** The street every file must be of, when the account is a street's. */
  public static final String STREET = "street";

  /** Whether good rows of a file with bad ones are kept ("true"/"false"). */
  public static final String SKIP_BAD_ROWS = "skipBadRows";

  /** Whether the findings are recomputed after the load returns ("true"/"false"). */
  static final String FINDINGS_LATER = "findingsLater";

  /** The token of the launcher's progress listener. */
  static final String PROGRESS = "progress";

  private static final String OUTCOME = "load.outcome.";
  private static final String PERIODS = "load.periods";
  private static final String PENDING = "load.pending";
  private static final char FIELD = '\u001F';
  private static final char LINE = '\u001E';

  private LoadContext() {}

  /** Returns a job parameter of the run, or null. */
  public static String parameter(JobParameters parameters, String name) {
    return parameters.getString(name);
  }

  /**
   * Keeps a file's outcome and the periods it changed in a step's context; a source calls it (or
   * {@link FileLoadRecorder#finish}) once per file, in the transaction that commits the file.
   */
  public static void putOutcome(
      ExecutionContext context, int index, FileOutcome outcome, Set<Period> periods) {
    StringBuilder text =
        new StringBuilder(outcome.status().name())
            .append(FIELD)
            .append(outcome.rows())
            .append(FIELD)
            .append(outcome.loadId())
            .append(FIELD)
            .append(clean(outcome.fileName()))
            .append(FIELD)
            .append(
                outcome.message().stream()
                    .map(LoadContext::clean)
                    .collect(Collectors.joining(String.valueOf(LINE))))
            .append(FIELD);
    outcome.counts().forEach((name, n) -> text.append(name).append('=').append(n).append(LINE));
    context.putString(OUTCOME + index, text.toString());
    if (!periods.isEmpty()) {
      Set<String> all = new TreeSet<>(split(context.getString(PERIODS, "")));
      periods.forEach(p -> all.add(p.toString()));
      context.putString(PERIODS, String.join(",", all));
    }
  }

  /**
   * Notes a load_log row started outside the transaction that will finish it (a file prepared in
   * one step and loaded in the next), so that a failed job marks it failed instead of leaving it
   * running.
   */
  public static void putPending(ExecutionContext context, long loadId) {
    context.putLong(PENDING, loadId);
  }

  /** Returns the load_log row noted pending, or -1. */
  static long pending(JobExecution execution) {
    long id = execution.getExecutionContext().getLong(PENDING, -1L);
    for (StepExecution step : execution.getStepExecutions()) {
      id = Math.max(id, step.getExecutionContext().getLong(PENDING, -1L));
    }
    return id;
  }

  /** Returns each file's outcome by its position in the run, from the job's and steps' contexts. */
  static Map<Integer, FileOutcome> outcomes(JobExecution execution) {
    Map<Integer, FileOutcome> outcomes = new TreeMap<>();
    for (ExecutionContext context : contexts(execution)) {
      for (Map.Entry<String, Object> entry : context.entrySet()) {
        if (entry.getKey().startsWith(OUTCOME)) {
          outcomes.put(
              Integer.parseInt(entry.getKey().substring(OUTCOME.length())),
              decode(String.valueOf(entry.getValue())));
        }
      }
    }
    return outcomes;
  }

  /** Returns the periods the run changed, from the job's and steps' contexts. */
  static Set<Period> periods(JobExecution execution) {
    Set<Period> periods = new TreeSet<>();
    for (ExecutionContext context : contexts(execution)) {
      split(context.getString(PERIODS, "")).stream().map(Period::require).forEach(periods::add);
    }
    return periods;
  }

  private static List<ExecutionContext> contexts(JobExecution execution) {
    List<ExecutionContext> contexts = new ArrayList<>();
    contexts.add(execution.getExecutionContext());
    execution.getStepExecutions().forEach(step -> contexts.add(step.getExecutionContext()));
    return contexts;
  }

  private static FileOutcome decode(String text) {
    String[] fields = text.split(String.valueOf(FIELD), -1);
    List<String> message =
        fields[4].isEmpty() ? List.of() : List.of(fields[4].split(String.valueOf(LINE), -1));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String count : split(fields[5], LINE)) {
      int eq = count.indexOf('=');
      counts.put(count.substring(0, eq), Long.parseLong(count.substring(eq + 1)));
    }
    return new FileOutcome(
        fields[3],
        FileOutcome.Status.valueOf(fields[0]),
        message,
        Long.parseLong(fields[1]),
        Long.parseLong(fields[2]),
        Map.copyOf(counts));
  }

  private static String clean(String text) {
    return text.replace(FIELD, ' ').replace(LINE, ' ');
  }

  private static List<String> split(String text) {
    return split(text, ',');
  }

  private static List<String> split(String text, char separator) {
    return Arrays.stream(text.split(String.valueOf(separator))).filter(s -> !s.isBlank()).toList();
  }
}
