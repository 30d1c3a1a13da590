package org.doudi.etl.petition;

import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.dictionary.Labels;

/**
 * The columns of a petition or hotline export, each with the header texts the petition systems and
 * the 12345 hotline use for it; headers are compared after {@link Labels#fold folding}.
 */
enum PetitionColumn {
  CASE_NO("case_no", true, "编号", "案件编号", "信访编号", "工单编号", "工单号", "案件号", "登记编号", "case_no"),
  RECEIVED("received", true, "受理日期", "受理时间", "登记日期", "登记时间", "来信来访日期", "受理日", "received_date"),
  CHANNEL("channel", true, "渠道", "来源渠道", "信访渠道", "受理渠道", "信访方式", "来源", "channel"),
  REAL_NAME("real_name", true, "是否实名", "实名", "是否署名", "实名情况", "real_name"),
  CATEGORY("category", true, "诉求类型", "诉求分类", "类型", "信访类型", "诉求类别", "category"),
  STREET("street", true, "所属街镇", "街镇", "所属街道", "街道", "街道镇", "属地", "street"),
  PROGRAM("program", false, "救助项目", "救助类别", "救助类型", "program"),
  ISSUES("issues", false, "涉及问题", "问题类型", "反映问题", "问题", "issues"),
  COMPLAINANT("complainant", false, "反映人", "反映人姓名", "姓名", "来信人", "投诉人", "信访人", "complainant"),
  ID_NO("id_no", false, "身份证号", "身份证号码", "证件号码", "公民身份号码", "证件号", "id_no"),
  PHONE("phone", false, "联系电话", "电话", "手机号", "手机号码", "联系方式", "phone"),
  STATUS("status", true, "办理状态", "状态", "处理状态", "办件状态", "status"),
  CLOSED("closed", false, "办结日期", "办结时间", "结案日期", "closed_date"),
  RESOLVED("resolved", false, "是否处置到位", "处置到位", "是否到位", "处置是否到位", "resolved");

  private final String sqlName;
  private final boolean required;
  private final List<String> folded;
  private final String label;

  PetitionColumn(String sqlName, boolean required, String... headers) {
    this.sqlName = sqlName;
    this.required = required;
    this.label = headers[0];
    this.folded = java.util.Arrays.stream(headers).map(Labels::fold).toList();
  }

  /** Returns the column's name in {@code petition_source}. */
  String sqlName() {
    return sqlName;
  }

  /** Returns whether a file without this column is rejected. */
  boolean required() {
    return required;
  }

  /** Returns the column's name as DOMAIN.md writes it. */
  String label() {
    return label;
  }

  /** Recognises a header text. */
  static Optional<PetitionColumn> match(String header) {
    String key = Labels.fold(header);
    for (PetitionColumn column : values()) {
      if (column.folded.contains(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
