package org.doudi.dashboard.petition;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.doudi.dashboard.security.PersonalDataLimit;
import org.doudi.dashboard.web.Paging;
import org.doudi.etl.petition.PersonalData;
import org.doudi.etl.petition.PersonalDataViewer;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger pages under {@code /petitions/ledger}: the work team and administrators list, filter
 * and advance items, leaders read; street accounts never see them. Also the audited per-case
 * "查看个人信息", for the work team only.
 */
@Controller
@ConditionalOnWebApplication
class ComplaintLedgerController {

  private final ComplaintLedger ledger;
  private final StreetDictionary streets;
  private final PersonalDataViewer viewer;
  private final PersonalDataLimit limit;

  ComplaintLedgerController(
      ComplaintLedger ledger,
      StreetDictionary streets,
      PersonalDataViewer viewer,
      PersonalDataLimit limit) {
    this.ledger = ledger;
    this.streets = streets;
    this.viewer = viewer;
    this.limit = limit;
  }

  @GetMapping("/petitions/ledger")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN','LEADER')")
  String list(
      @RequestParam(required = false) String street,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    Paging paging =
        Paging.of(request, page, ledger.count(street, state, overdue), Paging.DEFAULT_SIZE);
    model.addAttribute(
        "items", ledger.list(street, state, overdue, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    model.addAttribute("streets", streets.all());
    model.addAttribute("states", ComplaintLedger.STATES);
    model.addAttribute("street", street);
    model.addAttribute("state", state);
    model.addAttribute("overdue", overdue);
    return "petitions/ledger";
  }

  @GetMapping("/petitions/ledger/{caseNo}")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN','LEADER')")
  String item(
      @PathVariable String caseNo,
      org.springframework.security.core.Authentication user,
      Model model) {
    LedgerItem item =
        ledger
            .item(caseNo)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "台账中没有案件 " + caseNo));
    model.addAttribute("item", item);
    // the work team verifies complaints and sees the masked person; leaders see no personal data
    boolean workTeam =
        user != null
            && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ANALYST".equals(a.getAuthority()));
    model.addAttribute("masked", workTeam ? ledger.masked(caseNo) : java.util.Map.of());
    model.addAttribute("history", ledger.history(caseNo));
    model.addAttribute("states", ComplaintLedger.nextStates(item.state()));
    model.addAttribute("personalDataAvailable", viewer.available());
    return "petitions/ledger-item";
  }

  @PostMapping("/petitions/ledger/{caseNo}")
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  String advance(
      @PathVariable String caseNo,
      @RequestParam String state,
      @RequestParam(required = false) String note,
      Principal principal,
      RedirectAttributes redirect) {
    try {
      ledger.advance(caseNo, state, note, principal.getName());
      redirect.addFlashAttribute("notice", "已将 " + caseNo + " 改为“" + state + "”");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/petitions/ledger/" + caseNo;
  }

  @PostMapping("/petitions/ledger/{caseNo}/personal-data")
  @PreAuthorize("hasRole('ANALYST')")
  String personalData(
      @PathVariable String caseNo,
      @RequestParam(required = false) String reason,
      Principal principal,
      RedirectAttributes redirect) {
    try {
      String because = limit.check(principal.getName(), caseNo, reason);
      PersonalData data = viewer.reveal(caseNo, principal.getName(), because);
      redirect.addFlashAttribute("personal", data);
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/petitions/ledger/" + caseNo;
  }
}
