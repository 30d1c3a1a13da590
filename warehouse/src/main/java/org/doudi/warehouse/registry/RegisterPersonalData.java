package org.doudi.warehouse.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens the sealed names and ID numbers of one register row, for the work team's audited 查看个人信息
 * (the caller checks the reason and the hourly limit and records the look): the raw values exist
 * only where the instance keeps them ({@code doudi.personal-data.keep-raw}).
 */
@Component
public class RegisterPersonalData {

  private final JdbcTemplate jdbc;
  private final PersonalDataKeys keys;

  RegisterPersonalData(JdbcTemplate jdbc, PersonalDataKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  /** Returns whether this instance keeps raw personal values at all. */
  public boolean available() {
    return keys.keepRaw();
  }

  /**
   * Returns the row's two people as kept: name, ID number, name, ID number (工作人员 and 近亲属, or 救助对象
   * and 代管人); empty when the row is not in the scope or was kept without raw values.
   */
  public Optional<List<String>> reveal(StreetAccess scope, SourceFile kind, long id) {
    String sql =
        kind == SourceFile.RELATIVES
            ? "SELECT 'relative:' || staff_key || ':' || relative_key, personal_sealed"
                + " FROM relative_filing_record WHERE id = ? AND "
            : "SELECT 'custody:' || recipient_key || ':' || custodian_key, personal_sealed"
                + " FROM card_custody_record WHERE id = ? AND ";
    return jdbc
        .query(
            sql + scope.condition("street_code"),
            (rs, i) -> {
              byte[] sealed = rs.getBytes(2);
              return sealed == null ? null : Arrays.asList(keys.open(rs.getString(1), sealed));
            },
            id,
            scope.streetCode(),
            scope.streetCode())
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }
}
