package org.doudi.dashboard.streetform;

import java.util.List;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.load.LoadLog;
import org.doudi.warehouse.load.LoadRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The load history (/forms/history): who loaded which file, when, with what result, and the
 * rejected files' messages. A street account sees only the loads of its own street's accounts.
 */
@Controller
@ConditionalOnWebApplication
class LoadHistoryController {

  private final LoadLog loadLog;
  private final StreetScope scope;
  private final JdbcTemplate jdbc;

  LoadHistoryController(LoadLog loadLog, StreetScope scope, JdbcTemplate jdbc) {
    this.loadLog = loadLog;
    this.scope = scope;
    this.jdbc = jdbc;
  }

  @GetMapping("/forms/history")
  String history(Model model) {
    List<LoadRecord> loads = loadLog.recent(null, 500);
    String street = scope.boundStreet().orElse(null);
    if (street != null) {
      List<String> accounts =
          jdbc.queryForList(
              "SELECT username FROM app_user WHERE street_code = ?", String.class, street);
      loads = loads.stream().filter(l -> accounts.contains(l.loadedBy())).toList();
    }
    model.addAttribute("loads", loads);
    return "forms-history";
  }
}
