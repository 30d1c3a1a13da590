package org.doudi.dashboard.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.findings.FindingWorkflow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A finding's own page: its figures in the rule's words, where they come from, its history and, for
 * the work team, the workflow's actions. A street account sees its own street's findings only.
 */
@Controller
@ConditionalOnWebApplication
class FindingDetailController {

  /** A page the figures come from. */
  record Source(String label, String href) {}

  private static final Map<String, String> ACTIONS =
      Map.of(
          "found", "系统发现",
          "explained", "已说明",
          "corrected", "已更正",
          "reopened", "重新打开",
          "closed", "不再出现，自动关闭",
          "found_again", "再次发现");

  private final FindingsPageQuery findings;
  private final FindingWorkflow workflow;
  private final StreetScope scope;
  private final FindingRows rows;

  FindingDetailController(
      FindingsPageQuery findings, FindingWorkflow workflow, StreetScope scope, FindingRows rows) {
    this.rows = rows;
    this.findings = findings;
    this.workflow = workflow;
    this.scope = scope;
  }

  @GetMapping("/findings/{id:\\d+}")
  String finding(@PathVariable long id, Model model) {
    FindingRow row = findings.byId(id);
    if (row == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这条核查发现");
    }
    if (row.streetCode() == null) {
      if (scope.boundStreet().isPresent()) {
        scope.requireStreet("");
      }
    } else {
      scope.requireStreet(row.streetCode());
    }
    model.addAttribute("f", row);
    model.addAttribute("history", workflow.history(id));
    model.addAttribute("actions", ACTIONS);
    model.addAttribute("sources", sources(row));
    rows.addTo(model, row);
    model.addAttribute(
        "canAct",
        scope
            .currentUser()
            .map(u -> u.role() == Role.ANALYST || u.role() == Role.ADMIN)
            .orElse(false));
    return "finding";
  }

  private List<Source> sources(FindingRow f) {
    List<Source> sources = new ArrayList<>();
    boolean street = scope.boundStreet().isPresent();
    if (f.streetCode() != null) {
      sources.add(
          new Source(
              f.streetName() + "逐月数据（统计表与纪检数据对照）",
              "/streets/" + f.streetCode() + "?period=" + f.period()));
    }
    if (f.rule().equals("late_submission")
        || f.rule().equals("missing_submission")
        || f.rule().equals("discipline_mismatch")
        || f.rule().startsWith("outlier_")
        || f.rule().equals("resolved_exceeds_total")
        || f.rule().equals("recovered_without_removal")) {
      sources.add(new Source("统计表列表（各版本与导入记录）", "/forms"));
    }
    if (!street && (f.rule().equals("petitions_vs_log") || f.rule().equals("overdue_complaint"))) {
      String query = f.streetCode() == null ? "" : "?street=" + f.streetCode();
      sources.add(new Source("信访/热线台账", "/petitions" + query));
      if (f.rule().equals("overdue_complaint")) {
        sources.add(
            new Source("实名投诉举报台账（超期）", "/petitions/ledger?overdue=true" + query.replace('?', '&')));
      }
    }
    return sources;
  }
}
