package org.doudi.dashboard.reports;

import java.time.OffsetDateTime;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.reports.delivery.CronWords;
import org.doudi.reports.delivery.MailDelivery;
import org.doudi.reports.delivery.ReportScheduler;
import org.doudi.reports.delivery.ReportSchedules;
import org.doudi.reports.delivery.StreetContacts;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's delivery settings: report schedules in plain words (每月26日 9:00), 立即发送, and
 * the street contact addresses that reminders (催报) and per-street forms go to.
 */
@Controller
@ConditionalOnWebApplication
@PreAuthorize("hasRole('ADMIN')")
class ScheduleAdminController {

  private final ReportSchedules schedules;
  private final ReportScheduler scheduler;
  private final StreetContacts contacts;
  private final MailDelivery delivery;
  private final StreetScope scope;
  private final AuditLog audit;
  private final int daysBefore;

  ScheduleAdminController(
      ReportSchedules schedules,
      ReportScheduler scheduler,
      StreetContacts contacts,
      MailDelivery delivery,
      StreetScope scope,
      AuditLog audit,
      @Value("${doudi.reminders.days-before:3}") int daysBefore) {
    this.schedules = schedules;
    this.scheduler = scheduler;
    this.contacts = contacts;
    this.delivery = delivery;
    this.scope = scope;
    this.audit = audit;
    this.daysBefore = daysBefore;
  }

  @GetMapping("/admin/schedules")
  String page(Model model) {
    model.addAttribute("schedules", schedules.all());
    model.addAttribute("choices", CronWords.CHOICES);
    model.addAttribute("contacts", contacts.all());
    model.addAttribute("mailConfigured", delivery.configured());
    model.addAttribute("daysBefore", daysBefore);
    return "admin-schedules";
  }

  @PostMapping("/admin/schedules")
  String create(
      @RequestParam String name,
      @RequestParam String cronChoice,
      @RequestParam(required = false, defaultValue = "") String customCron,
      @RequestParam String periodRule,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestParam(required = false, defaultValue = "") String recipients,
      @RequestParam(required = false, defaultValue = "false") boolean streetForms,
      RedirectAttributes redirect) {
    String cron = customCron.isBlank() ? cronChoice : customCron.strip();
    try {
      long id =
          schedules.create(
              name,
              cron,
              format,
              periodRule,
              recipients,
              streetForms,
              user(),
              OffsetDateTime.now());
      audit.record(
          user(), "schedule_created", String.valueOf(id), name + " · " + cron, AuditLog.Outcome.OK);
      redirect.addFlashAttribute(
          "message", "已添加发送计划“" + name + "”：" + CronWords.describe(cron) + "。");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/schedules";
  }

  @PostMapping("/admin/schedules/{id}/enabled")
  String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    schedules.setEnabled(id, enabled);
    audit.record(
        user(),
        enabled ? "schedule_enabled" : "schedule_disabled",
        String.valueOf(id),
        null,
        AuditLog.Outcome.OK);
    redirect.addFlashAttribute("message", enabled ? "已启用发送计划。" : "已停用发送计划。");
    return "redirect:/admin/schedules";
  }

  @PostMapping("/admin/schedules/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    schedules.delete(id);
    audit.record(user(), "schedule_deleted", String.valueOf(id), null, AuditLog.Outcome.OK);
    redirect.addFlashAttribute("message", "已删除发送计划；已进入发件箱的邮件不受影响。");
    return "redirect:/admin/schedules";
  }

  @PostMapping("/admin/schedules/{id}/send-now")
  String sendNow(@PathVariable long id, RedirectAttributes redirect) {
    try {
      int added = scheduler.sendNow(id, user());
      audit.record(
          user(), "schedule_sent_now", String.valueOf(id), added + " mails", AuditLog.Outcome.OK);
      redirect.addFlashAttribute(
          "message",
          delivery.configured()
              ? "已放入发件箱 " + added + " 封并立即发送，结果见发送记录。"
              : "已放入发件箱 " + added + " 封；" + MailDelivery.NOT_CONFIGURED + "，邮件将在发件箱中等待。");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/reports/deliveries";
  }

  @PostMapping("/admin/schedules/contacts")
  String contact(
      @RequestParam String street,
      @RequestParam(required = false, defaultValue = "") String contactName,
      @RequestParam(required = false, defaultValue = "") String email,
      RedirectAttributes redirect) {
    try {
      contacts.put(street, contactName, email, user());
      audit.record(user(), "street_contact_changed", street, email, AuditLog.Outcome.OK);
      redirect.addFlashAttribute("message", "已保存街镇联系人邮箱。");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/schedules#contacts";
  }

  private String user() {
    return scope.currentUser().map(DoudiUser::getUsername).orElse("unknown");
  }
}
