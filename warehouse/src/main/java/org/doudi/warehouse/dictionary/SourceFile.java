package org.doudi.warehouse.dictionary;

import java.util.List;
import java.util.Optional;

/**
 * The column dictionary of the campaign's files, in one place for the loaders that read them and
 * the blank templates that print them: each file kind's Chinese labels, the field each fills and
 * whether it is required, in the template's order. Dates are accepted in the usual three styles
 * (2024-11-05, 2024/11/05, 2024年11月5日); 街镇 as name or alias.
 */
public enum SourceFile {
  /** 近亲属备案登记表: one row per staff member's relative who receives assistance. */
  RELATIVES(
      "近亲属备案登记表",
      List.of(
          optional("rowNo", "序号"),
          required("street", "街镇", "街道（镇）", "街道"),
          optional("committee", "居（村）委", "居委会", "居（村）委会"),
          required("staffName", "工作人员姓名"),
          required("staffIdNo", "工作人员身份证号", "工作人员身份证号码"),
          required("staffKind", "人员类别"),
          optional("staffPosition", "工作单位及职务"),
          required("relativeName", "近亲属姓名"),
          required("relativeIdNo", "近亲属身份证号", "近亲属身份证号码"),
          optional("relation", "与本人关系"),
          optional("program", "享受救助项目", "救助项目"),
          optional("declaredDate", "申报日期"),
          required("filedDate", "备案日期"),
          optional("keptApart", "档案是否单独存放"))),
  /** 卡折代管登记表: one row per recipient whose card or passbook someone else holds. */
  CUSTODY(
      "卡折代管登记表",
      List.of(
          optional("rowNo", "序号"),
          required("street", "街镇", "街道（镇）", "街道"),
          optional("committee", "居（村）委", "居委会", "居（村）委会"),
          required("recipientName", "救助对象姓名"),
          required("recipientIdNo", "救助对象身份证号", "救助对象身份证号码"),
          optional("program", "救助项目"),
          required("custodianName", "代管人姓名"),
          required("custodianIdNo", "代管人身份证号", "代管人身份证号码"),
          required("custodianKind", "代管人身份"),
          optional("relation", "与救助对象关系"),
          optional("reason", "代管原因"),
          optional("consent", "是否经本人或监护人同意"),
          optional("startDate", "代管开始日期"),
          required("registeredDate", "登记日期"),
          optional("districtFiledDate", "报区备案日期"))),
  /** 清退名单: one row per removed recipient. */
  REMOVALS(
      "清退名单",
      List.of(
          optional("rowNo", "序号"),
          required("street", "街镇", "街道（镇）", "街道"),
          required("name", "姓名"),
          required("idNo", "身份证号", "身份证号码"),
          optional("program", "救助项目"),
          required("kind", "清退类型"),
          required("removedDate", "清退日期"),
          optional("recoveredYuan", "追回资金(元)", "追回资金（元）", "追回资金"))),
  /** 社会救助资金发放台账: one row per recipient and month. */
  PAYMENTS(
      "社会救助资金发放台账",
      List.of(
          required("period", "发放月份"),
          required("street", "街镇", "街道（镇）", "街道"),
          required("recipientName", "救助对象姓名"),
          required("recipientIdNo", "身份证号", "救助对象身份证号", "身份证号码"),
          required("program", "救助项目"),
          required("amountYuan", "发放金额(元)", "发放金额（元）", "发放金额"),
          optional("payeeName", "收款人姓名"),
          optional("payeeIdNo", "收款人身份证号", "收款人身份证号码"),
          optional("paidDate", "发放日期"))),
  /** 问题整改台账: one row per problem-list item of a street (the street is the file's). */
  LEDGER(
      "问题整改台账",
      List.of(
          required("rowNo", "序号"),
          optional("itemNo", "整改编号", "问题编号"),
          required("source", "问题来源"),
          optional("problemType", "问题类型"),
          required("description", "问题描述"),
          optional("department", "责任部门"),
          optional("responsible", "责任人"),
          optional("measures", "整改措施"),
          optional("dueDate", "整改时限"),
          optional("result", "整改成效"),
          required("status", "整改状态"),
          optional("closedDate", "销号日期")));

  private final String title;
  private final List<SourceColumn> columns;

  SourceFile(String title, List<SourceColumn> columns) {
    this.title = title;
    this.columns = columns;
  }

  /** Returns the file's Chinese title, e.g. 卡折代管登记表. */
  public String title() {
    return title;
  }

  /** Returns the columns in the blank template's order. */
  public List<SourceColumn> columns() {
    return columns;
  }

  /** Returns the column a header cell names, if any. */
  public Optional<SourceColumn> column(String header) {
    return columns.stream().filter(c -> c.matches(header)).findFirst();
  }

  private static SourceColumn required(String field, String... labels) {
    return new SourceColumn(field, true, List.of(labels));
  }

  private static SourceColumn optional(String field, String... labels) {
    return new SourceColumn(field, false, List.of(labels));
  }
}
