package org.doudi.reports.delivery;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each street's contact address (街镇联系人邮箱) for reminders and its own form. */
@Component
public class StreetContacts {

  /**
   * A street with its contact, if one is set.
   *
   * @param streetCode the street
   * @param streetName its name
   * @param contactName the person, may be null
   * @param email the address, null when none is set
   */
  public record StreetContact(
      String streetCode, String streetName, String contactName, String email) {}

  private final JdbcTemplate jdbc;

  StreetContacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns every street in the bureau's order, with its contact where one is set. */
  public List<StreetContact> all() {
    return jdbc.query(
        "SELECT s.code, s.name, c.contact_name, c.email FROM street s"
            + " LEFT JOIN street_contact c ON c.street_code = s.code ORDER BY s.sort_order",
        (rs, i) ->
            new StreetContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /**
   * Sets a street's contact; an empty address removes it. Throws {@link IllegalArgumentException}
   * for an unknown street or an address that is not one.
   */
  public void put(String streetCode, String contactName, String email, String updatedBy) {
    Integer known =
        jdbc.queryForObject(
            "SELECT count(*) FROM street WHERE code = ?", Integer.class, streetCode);
    if (known == null || known == 0) {
      throw new IllegalArgumentException("未知街镇：" + streetCode);
    }
    if (email == null || email.isBlank()) {
      jdbc.update("DELETE FROM street_contact WHERE street_code = ?", streetCode);
      return;
    }
    if (!MailDelivery.isAddress(email.strip())) {
      throw new IllegalArgumentException("“" + email + "”不是有效的邮箱地址");
    }
    jdbc.update("DELETE FROM street_contact WHERE street_code = ?", streetCode);
    jdbc.update(
        "INSERT INTO street_contact (street_code, contact_name, email, updated_by) VALUES (?, ?, ?, ?)",
        streetCode,
        contactName == null || contactName.isBlank() ? null : contactName.strip(),
        email.strip(),
        updatedBy);
  }
}
