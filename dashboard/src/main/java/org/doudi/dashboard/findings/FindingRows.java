package org.doudi.dashboard.findings;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.dashboard.web.Paging;
import org.doudi.warehouse.Page;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.doudi.warehouse.money.MoneyQueries;
import org.doudi.warehouse.money.PaymentRow;
import org.doudi.warehouse.registry.RegisterQueries;
import org.doudi.warehouse.registry.RegisterRow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The rows behind a finding of the campaign's money or registers, for its page: the payments behind
 * {@code paid_after_removal}, {@code payee_not_recipient} and {@code double_payment}, and the
 * register of the finding's street and month behind a register finding; masked, a page at a time
 * with the total ({@code ?page=}). Registers' rows are for the work team and the owning street: the
 * leading group sees their count only.
 */
@Component
@ConditionalOnWebApplication
class FindingRows {

  /** Rows per page of the list. */
  static final int SIZE = 20;

  private static final Set<String> CUSTODY_RULES =
      Set.of("custody_without_consent", "custody_not_filed", "custody_conflict_of_interest");

  private final MoneyQueries money;
  private final RegisterQueries registers;
  private final StreetScope scope;

  FindingRows(MoneyQueries money, RegisterQueries registers, StreetScope scope) {
    this.money = money;
    this.registers = registers;
    this.scope = scope;
  }

  /**
   * Adds {@code payments} or {@code registerRows} (with {@code rowsPaging}) for a finding's page.
   */
  void addTo(Model model, FindingRow f) {
    if (f.streetCode() == null || Period.parse(f.period()).isEmpty()) {
      return;
    }
    // the finding's street, which the controller has already checked the user may see
    StreetAccess street = StreetAccess.of(f.streetCode());
    Period period = Period.require(f.period());
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    Integer page = pageAsked(request);
    long offset = page == null ? 0 : (long) (Math.max(1, page) - 1) * SIZE;
    switch (f.rule()) {
      case "paid_after_removal" ->
          payments(
              model,
              request,
              page,
              "清退后仍发放的救助金（按清退月份之后的发放月份）",
              money.paidAfterRemoval(
                  street, StreetAccess.bound(scope.boundStreet()), period, SIZE, offset));
      case "payee_not_recipient" ->
          payments(
              model,
              request,
              page,
              "收款人既非救助对象本人也非备案代管人的发放记录",
              money.payments(
                  street, period, MoneyQueries.Filter.PAYEE_NOT_RECIPIENT, SIZE, offset));
      case "double_payment" ->
          payments(
              model,
              request,
              page,
              "同月同项目重复发放的记录",
              money.payments(street, period, MoneyQueries.Filter.DOUBLE, SIZE, offset));
      default -> {
        boolean custody =
            CUSTODY_RULES.contains(f.rule())
                || ("registry_mismatch".equals(f.rule())
                    && "card_custody_cases".equals(f.metric()));
        boolean filings =
            "relative_file_not_separate".equals(f.rule())
                || ("registry_mismatch".equals(f.rule()) && "relative_filings".equals(f.metric()));
        if (custody || filings) {
          Page<RegisterRow> rows =
              custody
                  ? registers.custody(street, period, SIZE, offset)
                  : registers.relatives(street, period, SIZE, offset);
          model.addAttribute("registerKind", custody ? "custody" : "relatives");
          model.addAttribute(
              "registerTitle",
              f.streetName() + f.periodLabel() + (custody ? "卡折代管登记表（按登记日期）" : "近亲属备案登记表（按备案日期）"));
          model.addAttribute("registerTotal", rows.total());
          boolean rowsVisible = scope.currentUser().map(u -> u.role() != Role.LEADER).orElse(false);
          if (rowsVisible) {
            model.addAttribute("registerRows", rows.rows());
            model.addAttribute("rowsPaging", Paging.of(request, page, rows.total(), SIZE));
          }
        }
      }
    }
  }

  private static void payments(
      Model model, HttpServletRequest request, Integer page, String title, Page<PaymentRow> rows) {
    model.addAttribute("paymentsTitle", title);
    model.addAttribute("payments", rows.rows());
    model.addAttribute("rowsPaging", Paging.of(request, page, rows.total(), SIZE));
  }

  private static Integer pageAsked(HttpServletRequest request) {
    try {
      String page = request.getParameter("page");
      return page == null ? null : Integer.valueOf(page);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
