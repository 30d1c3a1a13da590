package org.doudi.dashboard.upload;

import java.util.List;
import java.util.Map;
import org.doudi.etl.fileload.FileOutcome;

/**
 * One file's result as the upload page shows it, in plain Chinese.
 *
 * @param fileName the file
 * @param status OK, SKIPPED or REJECTED
 * @param headline one short sentence: 已导入, 内容与之前上传的相同, 未导入
 * @param messages what was loaded and any warnings, or every error
 * @param findings what becomes of the findings: recomputed in the background after a load
 * @param rows how many rows the file brought (0 when refused)
 * @param counts what the source counted besides rows (added, updated, …)
 */
public record UploadResult(
    String fileName,
    String status,
    String headline,
    List<String> messages,
    String findings,
    long rows,
    Map<String, Long> counts) {

  private static final String RECOMPUTING = "核查发现正在后台重新计算，稍后在“核查发现”页查看";

  /** Returns the page's answer for a file the pipeline loaded, skipped or refused. */
  public static UploadResult of(FileOutcome outcome) {
    String headline =
        switch (outcome.status()) {
          case OK -> "已导入";
          case SKIPPED -> "这个文件之前已经导入过，本次没有改动";
          case REJECTED -> "未导入：请按下面的提示修改后重新上传（文件中的数据一项也没有保存）";
        };
    return new UploadResult(
        outcome.fileName(),
        outcome.status().name(),
        headline,
        outcome.message(),
        outcome.status() == FileOutcome.Status.OK ? RECOMPUTING : null,
        outcome.rows(),
        outcome.counts());
  }

  /** Returns the answer for a file refused before the pipeline saw it. */
  public static UploadResult failed(String fileName, String message) {
    return new UploadResult(fileName, "REJECTED", "未导入", List.of(message), null, 0, Map.of());
  }
}
