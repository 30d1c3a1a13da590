package org.doudi.dashboard.sqlconsole;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each person's named queries in {@code sql_saved_query}; one person never sees another's. */
@Repository
class SavedQueries {

  /**
   * A saved query.
   *
   * @param id its id
   * @param name the name its owner gave it
   * @param sql the query
   * @param updatedAt when it was last saved
   */
  record SavedQuery(long id, String name, String sql, OffsetDateTime updatedAt) {}

  private final JdbcTemplate jdbc;

  SavedQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<SavedQuery> of(String username) {
    return jdbc.query(
        "SELECT id, name, sql_text, updated_at FROM sql_saved_query WHERE username = ? ORDER BY name",
        (rs, i) ->
            new SavedQuery(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("sql_text"),
                rs.getObject("updated_at", OffsetDateTime.class)),
        username);
  }

  /** Saves under a name, replacing the owner's query of the same name. */
  void save(String username, String name, String sql) {
    jdbc.update(
        "INSERT INTO sql_saved_query (username, name, sql_text) VALUES (?, ?, ?)"
            + " ON CONFLICT (username, name) DO UPDATE SET sql_text = excluded.sql_text,"
            + " updated_at = now()",
        username,
        name,
        sql);
  }

  /** Deletes one of the owner's queries; returns whether it existed. */
  boolean delete(String username, long id) {
    return jdbc.update("DELETE FROM sql_saved_query WHERE username = ? AND id = ?", username, id)
        > 0;
  }
}
