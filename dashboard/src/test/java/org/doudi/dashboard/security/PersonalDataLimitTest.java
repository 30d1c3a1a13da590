package org.doudi.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.doudi.dashboard.WebTestSupport;
import org.doudi.warehouse.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 查看个人信息 needs a reason and is limited per person and hour (issue "hold under attack", 12). */
class PersonalDataLimitTest extends WebTestSupport {

  @Autowired AuditLog audit;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aLookWithoutAReasonIsRefusedAndAudited() {
    // given
    PersonalDataLimit limit = new PersonalDataLimit(audit, clock, 3);

    // when / then
    assertThatThrownBy(() -> limit.check("pd-noreason", "XF1", "  "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("请填写查看事由");
    assertThat(
            jdbc.queryForObject(
                "SELECT action || ' ' || target || ' ' || outcome FROM audit_log"
                    + " WHERE username = 'pd-noreason'",
                String.class))
        .isEqualTo("personal_data_viewed XF1 refused");
  }

  @Test
  void theFourthLookWithinAnHourIsRefusedWhenTheLimitIsThree() {
    // given
    PersonalDataLimit limit = new PersonalDataLimit(audit, clock, 3);
    for (int i = 1; i <= 3; i++) {
      assertThat(limit.check("pd-busy", "XF" + i, " 核实实名投诉 ")).isEqualTo("核实实名投诉");
      audit.record("pd-busy", "personal_data_viewed", "XF" + i, "事由：核实实名投诉", AuditLog.Outcome.OK);
    }

    // when / then
    assertThatThrownBy(() -> limit.check("pd-busy", "XF4", "核实实名投诉"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("一小时内最多查看 3 件案件的个人信息，请稍后再试；如确有需要，请联系管理员");
    assertThat(limit.check("pd-other", "XF4", "核实实名投诉")).isEqualTo("核实实名投诉");
  }
}
