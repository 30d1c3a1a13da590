package org.doudi.dashboard.home;

import org.doudi.dashboard.security.StreetScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The data status page: what the warehouse holds, for the streets the user may see. The home page
 * itself is the overview ({@code org.doudi.dashboard.overview}).
 */
@Controller
class HomeController {

  private final WarehouseContents contents;
  private final StreetScope scope;

  HomeController(WarehouseContents contents, StreetScope scope) {
    this.contents = contents;
    this.scope = scope;
  }

  @GetMapping("/status")
  String status(Model model) {
    model.addAttribute("tables", contents.tables(scope.boundStreet().orElse(null)));
    model.addAttribute("streets", scope.visibleStreets());
    return "status";
  }
}
