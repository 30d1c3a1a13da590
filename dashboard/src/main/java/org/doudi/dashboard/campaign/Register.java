package org.doudi.dashboard.campaign;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.dictionary.SourceFile;

/**
 * The two registers the pages list and edit: their path word, column dictionary, and the words of
 * their kind and flag columns (人员类别 / 代管人身份, 档案是否单独存放 / 是否经本人或监护人同意).
 */
enum Register {
  RELATIVES(
      "relatives",
      SourceFile.RELATIVES,
      "staffKind",
      List.of("社会救助经办人员", "居委会工作人员", "村委会工作人员", "社区救助顾问"),
      "档案单独存放",
      "备案日期",
      List.of("staffName", "staffIdNo", "relativeName", "relativeIdNo")),
  CUSTODY(
      "custody",
      SourceFile.CUSTODY,
      "custodianKind",
      List.of("监护人", "委托照料人", "本人指定代领人", "社会救助工作人员", "居（村）干部"),
      "经本人或监护人同意",
      "登记日期",
      List.of("recipientName", "recipientIdNo", "custodianName", "custodianIdNo"));

  private final String path;
  private final SourceFile source;
  private final String kindField;
  private final List<String> kinds;
  private final String flagLabel;
  private final String dateLabel;
  private final List<String> personalFields;

  Register(
      String path,
      SourceFile source,
      String kindField,
      List<String> kinds,
      String flagLabel,
      String dateLabel,
      List<String> personalFields) {
    this.path = path;
    this.source = source;
    this.kindField = kindField;
    this.kinds = kinds;
    this.flagLabel = flagLabel;
    this.dateLabel = dateLabel;
    this.personalFields = personalFields;
  }

  public String path() {
    return path;
  }

  public SourceFile source() {
    return source;
  }

  /** Returns the register's name without 登记表: 近亲属备案, 卡折代管. */
  public String title() {
    return source.title().replace("登记表", "");
  }

  /** Returns the field whose values {@link #kinds} lists. */
  public String kindField() {
    return kindField;
  }

  /** Returns the usual values of the kind column, as DOMAIN's notice lists them. */
  public List<String> kinds() {
    return kinds;
  }

  public String flagLabel() {
    return flagLabel;
  }

  /** Returns the label of the date the row counts in. */
  public String dateLabel() {
    return dateLabel;
  }

  /** Returns the fields of names and ID numbers, which the warehouse keeps only masked. */
  public List<String> personalFields() {
    return personalFields;
  }

  static Optional<Register> of(String path) {
    return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
  }
}
