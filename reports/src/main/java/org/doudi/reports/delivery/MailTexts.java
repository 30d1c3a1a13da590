package org.doudi.reports.delivery;

import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.district.ReportScope;
import org.doudi.warehouse.dictionary.Period;

/** The Chinese subject lines and bodies of the mails doudi sends. */
final class MailTexts {

  private static final String FOOTER = "\n\n本邮件由兜底数据平台自动发送，请勿直接回复。附件为内部资料，注意保密，不得对外转发。";

  private MailTexts() {}

  static String districtSubject(DistrictReports reports, ReportScope scope) {
    return reports.title(scope);
  }

  static String districtBody(DistrictReports reports, ReportScope scope, String scheduleName) {
    return "各位领导、同事：\n\n附件为"
        + reports.title(scope)
        + "，包括总体情况、各街镇统计表、工作趋势、核查发现与报送情况，请查阅。"
        + (scheduleName == null ? "" : "\n\n（发送计划：" + scheduleName + "）")
        + FOOTER;
  }

  static String streetFormSubject(String streetName, Period period) {
    return streetName + "自查自纠工作开展情况统计表（" + period.label() + "）";
  }

  static String streetFormBody(String streetName, Period period) {
    return streetName
        + "：\n\n附件为贵街镇"
        + period.label()
        + "报送的自查自纠工作开展情况统计表（以区民政局最新收到的版本为准），请核对。如有出入，请重新报送。"
        + FOOTER;
  }

  static String reminderSubject(String streetName, Period period, boolean overdue) {
    return (overdue ? "【逾期催报】" : "【催报提醒】") + streetName + period.label() + "自查自纠工作开展情况统计表";
  }

  static String reminderBody(
      String streetName, Period period, java.time.LocalDate deadline, boolean overdue) {
    String when =
        deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";
    return streetName
        + "：\n\n"
        + (overdue
            ? "截至目前，区民政局尚未收到贵街镇" + period.label() + "的自查自纠工作开展情况统计表，报送截止日（" + when + "）已过，请尽快报送。"
            : "贵街镇" + period.label() + "的自查自纠工作开展情况统计表请于" + when + "前报送，目前尚未收到。")
        + "\n统计表请通过兜底平台上传，并确保数据与报送同级纪检监察机关的数据一致。如已报送，请忽略本提醒。"
        + FOOTER;
  }
}
