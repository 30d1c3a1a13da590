package org.doudi.etl.fileload;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * Hands a running job the progress listener of whoever launched it; job parameters carry only the
 * listener's token, since listeners are not data a job repository can keep.
 */
@Component
public class ProgressRegistry {

  private final Map<String, LoadProgress> listeners = new ConcurrentHashMap<>();

  String register(LoadProgress progress) {
    String token = UUID.randomUUID().toString();
    listeners.put(token, progress);
    return token;
  }

  /** Returns the listener of a run (the job's {@code progress} parameter), or one that ignores. */
  public LoadProgress of(JobParameters parameters) {
    String token = parameters.getString(LoadContext.PROGRESS);
    return token == null ? LoadProgress.NONE : listeners.getOrDefault(token, LoadProgress.NONE);
  }

  /** Returns whether a load is running in this process. */
  public boolean loading() {
    return !listeners.isEmpty();
  }

  void remove(String token) {
    listeners.remove(token);
  }
}
