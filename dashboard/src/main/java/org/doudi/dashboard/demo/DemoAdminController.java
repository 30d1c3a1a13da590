package org.doudi.dashboard.demo;

import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.demo.DemoDataRemoval;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统管理 → 演示数据: tells the administrator whether the instance still holds the demo data and removes
 * it, keeping accounts and settings, once the administrator typed the confirmation.
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasRole('ADMIN')")
class DemoAdminController {

  static final String CONFIRMATION = "清除演示数据";

  private final DemoDataRemoval removal;
  private final StreetScope scope;

  DemoAdminController(DemoDataRemoval removal, StreetScope scope) {
    this.removal = removal;
    this.scope = scope;
  }

  @GetMapping("/admin/demo")
  String page(Model model) {
    model.addAttribute("demoPresent", removal.demoRowsPresent());
    model.addAttribute("confirmation", CONFIRMATION);
    return "admin-demo";
  }

  @PostMapping("/admin/demo/remove")
  String remove(@RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
    if (!CONFIRMATION.equals(confirm.strip())) {
      redirect.addFlashAttribute("error", "请在框中输入“" + CONFIRMATION + "”以确认；演示数据未清除。");
      return "redirect:/admin/demo";
    }
    if (!removal.demoRowsPresent()) {
      redirect.addFlashAttribute("ok", "本实例已没有演示数据。");
      return "redirect:/admin/demo";
    }
    String actor = scope.currentUser().map(DoudiUser::getUsername).orElse("system");
    redirect.addFlashAttribute("ok", removal.remove(actor).text());
    return "redirect:/admin/demo";
  }
}
