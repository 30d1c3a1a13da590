package org.doudi.dashboard.findings;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes statistics forms and discipline figures straight into a warehouse, as loaders would. */
final class Forms {

  private static final String COLUMNS =
      "renqing_removed, renqing_recovered_yuan, guanxi_removed, guanxi_recovered_yuan,"
          + " zhengce_removed, zhengce_recovered_yuan, whole_household_added, sanwu_removed,"
          + " sanwu_recovered_yuan, clues_total, clues_resolved, petitions_handled,"
          + " petitions_resolved, card_custody_cases, relative_filings";

  private Forms() {}

  /**
   * Gives every street of 2024-12 a form and equal discipline figures (every count 1, every amount
   * 100), except that 长寿路 reports 3 removed 关系保 to the form and 2 to discipline, and 万里 has 2 clues
   * resolved of 1.
   */
  static void december(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      String plain = "1, 100, 1, 100, 1, 100, 1, 1, 100, 1, 1, 1, 1, 1, 1";
      statement.execute(
          "INSERT INTO street_form (period, street_code, version, fill_date, "
              + COLUMNS
              + ") SELECT '2024-12', code, 1, DATE '2025-01-10', "
              + plain
              + " FROM street");
      statement.execute(
          "INSERT INTO discipline_figure (period, street_code, version, "
              + COLUMNS
              + ") SELECT '2024-12', code, 1, "
              + plain
              + " FROM street");
      statement.execute(
          "UPDATE street_form SET guanxi_removed = 3 WHERE street_code = 'changshoulu'");
      statement.execute(
          "UPDATE discipline_figure SET guanxi_removed = 2 WHERE street_code = 'changshoulu'");
      statement.execute("UPDATE street_form SET clues_resolved = 2 WHERE street_code = 'wanli'");
      statement.execute(
          "UPDATE discipline_figure SET clues_resolved = 2 WHERE street_code = 'wanli'");
    }
  }
}
