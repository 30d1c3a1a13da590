package org.doudi.etl.petition;

import java.util.List;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The work team's audited per-case "查看个人信息": opens the sealed raw personal data of one case and
 * records who looked, in the audit log, whether it succeeded or not.
 */
@Service
public class PersonalDataViewer {

  private final JdbcTemplate jdbc;
  private final PersonalDataKeys keys;
  private final AuditLog audit;

  PersonalDataViewer(JdbcTemplate jdbc, PersonalDataKeys keys, AuditLog audit) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.audit = audit;
  }

  /** Returns whether this instance keeps raw personal data at all. */
  public boolean available() {
    return keys.keepRaw();
  }

  /**
   * Returns the raw personal data of one case for {@code username}, writing the audit entry; throws
   * {@link IllegalStateException} with a Chinese message when there is nothing to show.
   */
  public PersonalData reveal(String caseNo, String username, String reason) {
    String detail = reason == null || reason.isBlank() ? null : "事由：" + reason.strip();
    if (!keys.keepRaw()) {
      audit.record(username, "personal_data_viewed", caseNo, detail, AuditLog.Outcome.REFUSED);
      throw new IllegalStateException("本实例按最小化原则只保存打码后的个人信息，没有原文可查看");
    }
    List<byte[]> sealed =
        jdbc.query(
            "SELECT personal_sealed FROM petition_case WHERE case_no = ?",
            (rs, i) -> rs.getBytes(1),
            caseNo);
    if (sealed.isEmpty() || sealed.get(0) == null) {
      audit.record(username, "personal_data_viewed", caseNo, detail, AuditLog.Outcome.FAILED);
      throw new IllegalStateException("案件 " + caseNo + " 没有保存个人信息原文");
    }
    String[] values = keys.open(caseNo, sealed.get(0));
    PersonalData data = new PersonalData(values[0], values[1], values[2]);
    audit.record(username, "personal_data_viewed", caseNo, detail, AuditLog.Outcome.OK);
    return data;
  }
}
