package org.doudi.etl.petition;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Hands a running job the progress listener of whoever launched it; job parameters carry only the
 * listener's token, since listeners are not data a job repository can keep.
 */
@Component
class PetitionProgressRegistry {

  private final Map<String, PetitionProgress> listeners = new ConcurrentHashMap<>();

  String register(PetitionProgress progress) {
    String token = UUID.randomUUID().toString();
    listeners.put(token, progress);
    return token;
  }

  PetitionProgress get(String token) {
    return token == null
        ? PetitionProgress.NONE
        : listeners.getOrDefault(token, PetitionProgress.NONE);
  }

  void remove(String token) {
    listeners.remove(token);
  }
}
