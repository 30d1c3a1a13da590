package org.doudi.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The conditions of the audited 查看个人信息: a reason the audit log keeps, and at most so many looks per
 * person and hour, so that one account cannot read the register case after case. The audit log is
 * the counter, so a restart does not reset it.
 */
@Component
public class PersonalDataLimit {

  /** The action the viewer records for every look. */
  public static final String ACTION = "personal_data_viewed";

  private static final int MIN_REASON = 2;
  private static final int MAX_REASON = 200;

  private final AuditLog audit;
  private final Clock clock;
  private final int perHour;

  PersonalDataLimit(
      AuditLog audit,
      Clock clock,
      @Value("${doudi.personal-data.max-views-per-hour:20}") int perHour) {
    this.audit = audit;
    this.clock = clock;
    this.perHour = perHour;
  }

  /**
   * Returns the reason, stripped, when {@code username} may look at a case now; otherwise records
   * the refusal and throws {@link IllegalStateException} with the Chinese reason.
   */
  public String check(String username, String caseNo, String reason) {
    String stripped = reason == null ? "" : reason.strip();
    if (stripped.length() < MIN_REASON || stripped.length() > MAX_REASON) {
      audit.record(username, ACTION, caseNo, "未填写查看事由", AuditLog.Outcome.REFUSED);
      throw new IllegalStateException(
          "请填写查看事由（" + MIN_REASON + "–" + MAX_REASON + " 个字），例如“核实本件实名投诉的反映人身份”");
    }
    OffsetDateTime since = OffsetDateTime.now(clock).minus(Duration.ofHours(1));
    if (audit.count(username, ACTION, AuditLog.Outcome.OK, since) >= perHour) {
      audit.record(
          username,
          ACTION,
          caseNo,
          "超过每小时 " + perHour + " 次的查看上限；事由：" + stripped,
          AuditLog.Outcome.REFUSED);
      throw new IllegalStateException("一小时内最多查看 " + perHour + " 件案件的个人信息，请稍后再试；如确有需要，请联系管理员");
    }
    return stripped;
  }
}
