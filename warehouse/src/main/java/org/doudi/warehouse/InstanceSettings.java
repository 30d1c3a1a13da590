package org.doudi.warehouse;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes the instance's own settings, such as whether it holds the demo data (演示数据). */
@Component
public class InstanceSettings {

  /** Set to {@code true} while the warehouse holds the demo data set. */
  public static final String DEMO_DATA = "demo_data";

  private final JdbcTemplate jdbc;

  InstanceSettings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns a setting's value. */
  public Optional<String> get(String key) {
    return jdbc
        .queryForList("SELECT value FROM instance_setting WHERE key = ?", String.class, key)
        .stream()
        .findFirst();
  }

  /** Sets a setting's value. */
  public void put(String key, String value) {
    jdbc.update(
        "INSERT INTO instance_setting (key, value) VALUES (?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()",
        key,
        value);
  }

  /**
   * Returns whether the warehouse holds the demo data set, which every page and report must say.
   */
  public boolean demoData() {
    return get(DEMO_DATA).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * Returns whether the warehouse holds no loaded data yet (accounts and dictionaries don't count).
   */
  public boolean warehouseEmpty() {
    Long rows =
        jdbc.queryForObject(
            "SELECT (SELECT count(*) FROM street_form) + (SELECT count(*) FROM discipline_figure)"
                + " + (SELECT count(*) FROM petition_case)",
            Long.class);
    return rows == null || rows == 0;
  }
}
