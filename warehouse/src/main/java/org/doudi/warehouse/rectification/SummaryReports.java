package org.doudi.warehouse.rectification;

import java.util.List;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each street's 自查自纠工作总结报告 attached to the campaign: a street uploads its own (a later file becomes
 * the street's report, earlier ones stay as history), the work team lists them all.
 */
@Component
public class SummaryReports {

  /** The largest report accepted, as for every kept file. */
  public static final long MAX_BYTES = FileKeeper.MAX_BYTES;

  private final JdbcTemplate jdbc;
  private final FileKeeper files;

  SummaryReports(JdbcTemplate jdbc, FileKeeper files) {
    this.jdbc = jdbc;
    this.files = files;
  }

  /** Attaches a street's report (PDF or Word, or a scan as an image). */
  public StoredFile attach(
      StreetAccess scope, String streetCode, String fileName, byte[] bytes, String actor) {
    if (!scope.permits(streetCode) || streetCode == null) {
      throw new RectificationException("只能上传本街镇的自查自纠工作总结报告");
    }
    String type = FileKeeper.contentType(fileName, bytes);
    Long id = jdbc.queryForObject("SELECT nextval('summary_report_file_id')", Long.class);
    String path = files.keep("summary-reports/" + streetCode, id, fileName, bytes);
    jdbc.update(
        "INSERT INTO summary_report_file (id, street_code, file_name, content_type, size_bytes,"
            + " sha256, stored_path, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        streetCode,
        fileName,
        type,
        (long) bytes.length,
        FileKeeper.sha256(bytes),
        path,
        actor);
    return list(scope, true).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
  }

  /**
   * Returns the reports of the scope, by street; {@code history} false: each street's latest only.
   */
  public List<StoredFile> list(StreetAccess scope, boolean history) {
    return jdbc.query(
        "SELECT r.id, r.street_code, r.file_name, r.content_type, r.size_bytes, r.sha256, r.stored_path,"
            + " r.uploaded_by, r.uploaded_at FROM summary_report_file r JOIN street s ON s.code = r.street_code"
            + " WHERE "
            + scope.condition("r.street_code")
            + (history
                ? ""
                : " QUALIFY row_number() OVER (PARTITION BY r.street_code ORDER BY r.id DESC) = 1")
            + " ORDER BY s.sort_order, r.id DESC",
        (rs, i) -> RectificationQueries.storedFile(rs, files),
        scope.streetCode(),
        scope.streetCode());
  }
}
