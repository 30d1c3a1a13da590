package org.doudi.etl.roster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores register entries in {@code test_roster}, the table the test creates. */
@Component
class RosterRepository {

  private final JdbcTemplate jdbc;

  RosterRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RosterReader.Entry entry, long loadId) {
    jdbc.update(
        "INSERT INTO test_roster (name, relation, street_code, period, load_id)"
            + " VALUES (?, ?, ?, ?, ?)",
        entry.name(),
        entry.relation(),
        entry.streetCode(),
        entry.period().toString(),
        loadId);
  }
}
