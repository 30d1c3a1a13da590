package org.doudi.dashboard.campaign;

import java.util.Arrays;
import java.util.Optional;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.load.LoadKind;

/**
 * The five campaign files the pages take: the path word of each, the pipeline's kind, the column
 * dictionary that reads it and its template, and whether a street account sends it for itself (the
 * fund platform's payment ledger comes from the work team only).
 */
enum CampaignFile {
  RELATIVES("relatives", SourceFile.RELATIVES, true, "每行一名工作人员的一名享受救助的近亲属；同一工作人员和近亲属再次上传时更新原有一行。"),
  CUSTODY("custody", SourceFile.CUSTODY, true, "每行一个由他人代管救助卡（折）的救助对象；同一救助对象和代管人再次上传时更新原有一行。"),
  LEDGER(
      "ledger",
      SourceFile.LEDGER,
      true,
      "每行一个问题；按“序号”（或整改编号）更新本街镇已有的问题，不会重复。工作组上传时，文件名须以街镇名称开头（如“万里街道问题整改台账.xlsx”）。"),
  REMOVALS("removals", SourceFile.REMOVALS, true, "每行一名被清退的救助对象；按清退日期所在月份与统计表的清退人数、追回资金核对。"),
  PAYMENTS(
      "payments", SourceFile.PAYMENTS, false, "民政资金内控平台导出的发放台账，每行一名救助对象一个月；同一街镇同一月份再次上传时整月替换。");

  private final String path;
  private final SourceFile source;
  private final boolean streetSends;
  private final String note;

  CampaignFile(String path, SourceFile source, boolean streetSends, String note) {
    this.path = path;
    this.source = source;
    this.streetSends = streetSends;
    this.note = note;
  }

  /** Returns the word of its pages' paths, the same as its pipeline kind. */
  public String path() {
    return path;
  }

  /** Returns the pipeline's kind of the file. */
  public LoadKind kind() {
    return new LoadKind(path);
  }

  /** Returns the column dictionary of the file. */
  public SourceFile source() {
    return source;
  }

  /** Returns the file's Chinese title. */
  public String title() {
    return source.title();
  }

  /** Returns whether a street account may send it (for its own street). */
  public boolean streetSends() {
    return streetSends;
  }

  /** Returns what one row is and how a later file updates, for the page. */
  public String note() {
    return note;
  }

  /** Returns the file of a path word. */
  static Optional<CampaignFile> of(String path) {
    return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
  }
}
