package org.doudi.dashboard.rectification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.dashboard.findings.FindingLabels;
import org.doudi.warehouse.rectification.RectificationItem;
import org.doudi.warehouse.rectification.RectificationQueries;
import org.doudi.warehouse.rectification.SourceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The way back from a source to its item: the finding's and the complaint's pages ask here (as
 * {@code ${@problemListLinks...}}) whether their source is on the problem list, and the one-click
 * creation reads the source's street and words here, within the caller's street scope.
 */
@Component("problemListLinks")
public class ProblemSources {

  /** What a source brings to its new item: the street and the words of the problem. */
  record Source(String streetCode, String problemType, String description) {}

  private final RectificationQueries queries;
  private final LedgerAccess access;
  private final JdbcTemplate jdbc;

  ProblemSources(RectificationQueries queries, LedgerAccess access, JdbcTemplate jdbc) {
    this.queries = queries;
    this.access = access;
    this.jdbc = jdbc;
  }

  /** Returns the item a finding was put on the list as, or null. */
  public RectificationItem forFinding(long findingId) {
    return first(SourceKind.FINDING, String.valueOf(findingId));
  }

  /** Returns the item a real-name complaint was put on the list as, or null. */
  public RectificationItem forComplaint(String caseNo) {
    return first(SourceKind.COMPLAINT, caseNo);
  }

  /** Returns an item's state in the words of the ledger, the work team's review included. */
  public String state(RectificationItem item) {
    return RectificationLabels.status(item.status(), item.review());
  }

  /** Returns whether the logged-in person may put problems on the list. */
  public boolean mayCreate() {
    return access.works();
  }

  private RectificationItem first(SourceKind kind, String ref) {
    List<RectificationItem> items = queries.itemsFor(access.access(), kind, ref);
    return items.isEmpty() ? null : items.get(0);
  }

  /** Returns the finding as the caller's scope sees it, empty when absent or another street's. */
  Optional<Source> finding(long findingId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT street_code, rule FROM finding_record WHERE id = ?", findingId);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String street = (String) rows.get(0).get("street_code");
    if (!access.access().permits(street)) {
      return Optional.empty();
    }
    return Optional.of(
        new Source(street, FindingLabels.rule((String) rows.get(0).get("rule")), null));
  }

  /** Returns a real-name complaint as a problem, empty when absent or not real-name. */
  Optional<Source> complaint(String caseNo) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT street_code, program, array_to_string(issues, '、') AS issues FROM petition_case"
                + " WHERE case_no = ? AND real_name",
            caseNo);
    if (rows.isEmpty() || !access.access().permits((String) rows.get(0).get("street_code"))) {
      return Optional.empty();
    }
    Map<String, Object> row = rows.get(0);
    String issues = (String) row.get("issues");
    String program = (String) row.get("program");
    String description =
        "实名投诉举报 "
            + caseNo
            + "反映"
            + (program == null ? "" : program + "中")
            + (issues == null || issues.isBlank() ? "的问题" : "“" + issues + "”问题");
    return Optional.of(new Source((String) row.get("street_code"), "信访举报", description));
  }
}
