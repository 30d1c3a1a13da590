package org.doudi.dashboard.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.springframework.stereotype.Component;

/**
 * Turns the codes the warehouse stores (audit actions, roles, load results, account names, cron
 * schedules, timestamps) into the Chinese words a person reads; templates call it as {@code
 * ${@words...}}. Every page that shows such a code goes through here, so there is one place to add
 * a word.
 */
@Component("words")
public class Words {

  /** The code words no page may show as they are; the browser test looks for them. */
  public static final List<String> CODE_WORDS =
      List.of(
          "user_created",
          "user_disabled",
          "login_failed",
          "personal_data_viewed",
          "sql_query",
          "report_mailed",
          "schedule_created",
          "street_form",
          "loaded",
          "rejected",
          "Whitelabel",
          "Forbidden",
          "Not Found",
          "（种子",
          "Internal Server Error",
          "ingest street-form",
          "doudi.sql.max-rows",
          "+08:00",
          "analyst",
          "leader",
          "null",
          "undefined",
          "NaN");

  private static final Map<String, String> AUDIT_ACTIONS =
      Map.ofEntries(
          Map.entry("login", "登录"),
          Map.entry("login_failed", "登录失败"),
          Map.entry("account_locked", "账户锁定"),
          Map.entry("jdbc_login_failed", "JDBC 登录失败"),
          Map.entry("user_created", "新建账户"),
          Map.entry("user_disabled", "停用账户"),
          Map.entry("user_enabled", "启用账户"),
          Map.entry("user_unlocked", "解除锁定"),
          Map.entry("password_reset", "重置密码"),
          Map.entry("password_changed", "修改密码"),
          Map.entry("personal_data_viewed", "查看个人信息"),
          Map.entry("sql_query", "自助查询"),
          Map.entry("report_downloaded", "下载报告"),
          Map.entry("report_mailed", "发送报告"),
          Map.entry("report_written", "生成报告"),
          Map.entry("schedule_created", "新建发送计划"),
          Map.entry("schedule_deleted", "删除发送计划"),
          Map.entry("schedule_disabled", "停用发送计划"),
          Map.entry("schedule_enabled", "启用发送计划"),
          Map.entry("schedule_sent_now", "立即发送"),
          Map.entry("mail_retried", "重新发送邮件"),
          Map.entry("street_contact_changed", "修改街镇联系人"),
          Map.entry("street_form_downloaded", "下载统计表"),
          Map.entry("form_return", "退回统计表"),
          Map.entry("form_returned", "退回统计表"),
          Map.entry("finding_explain", "说明核查发现"),
          Map.entry("finding_correct", "核查发现已更正"),
          Map.entry("finding_reopen", "重新打开核查发现"),
          Map.entry("backup", "备份"),
          Map.entry("demo_removed", "清除演示数据"),
          Map.entry("session_ended", "会话已终止"),
          Map.entry("mail_interrupted", "邮件发送中断"),
          Map.entry("export_parquet", "导出 Parquet"),
          Map.entry("rectification_created", "列入问题清单"),
          Map.entry("rectification_revised", "修改整改计划"),
          Map.entry("rectification_rectified", "标记已整改"),
          Map.entry("rectification_evidence", "上传佐证材料"),
          Map.entry("rectification_closure_requested", "申请销号"),
          Map.entry("rectification_accepted", "销号审核通过"),
          Map.entry("rectification_returned", "退回销号"),
          Map.entry("rectification_exported", "导出整改台账"),
          Map.entry("evidence_downloaded", "下载佐证材料"),
          Map.entry("register_row_added", "新增登记"),
          Map.entry("register_row_changed", "修改登记"),
          Map.entry("summary_report_uploaded", "上传总结报告"),
          Map.entry("summary_report_downloaded", "下载总结报告"));

  private static final Map<String, String> LOAD_STATUSES =
      Map.of(
          "running", "导入中",
          "loaded", "已导入",
          "rejected", "已拒收",
          "skipped", "已跳过（重复文件）",
          "failed", "失败");

  private static final Map<String, String> LOAD_KINDS =
      Map.of(
          "street_form", "街镇统计表",
          "discipline", "纪检监察数据",
          "petitions", "信访/热线台账",
          "demo", "演示数据",
          "relatives", "近亲属备案登记表",
          "custody", "卡折代管登记表",
          "ledger", "问题整改台账",
          "removals", "清退名单",
          "payments", "社会救助资金发放台账");

  private static final Map<String, String> OUTCOMES =
      Map.of("ok", "成功", "refused", "拒绝", "failed", "失败", "error", "出错");

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final AccountRepository accounts;

  Words(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** Returns an audit action in Chinese; an unknown one keeps its code. */
  public String auditAction(String code) {
    if (code == null) {
      return "";
    }
    return AUDIT_ACTIONS.getOrDefault(code, code);
  }

  /** Returns an audit entry's detail with role codes in words (analyst → 角色：工作专班). */
  public String auditDetail(String detail) {
    if (detail == null) {
      return "";
    }
    return Role.byKey(detail.strip()).map(r -> "角色：" + r.label()).orElse(detail);
  }

  /** Returns what an audit entry acted on: an account by its display name, anything else as is. */
  public String auditTarget(String target) {
    if (target == null || target.isBlank()) {
      return "—";
    }
    return accounts
        .find(target)
        .map(
            a ->
                a.displayName() == null || a.displayName().isBlank()
                    ? target
                    : a.displayName() + "（" + target + "）")
        .orElse(target);
  }

  /** Returns an audit outcome in Chinese. */
  public String outcome(String code) {
    return code == null ? "" : OUTCOMES.getOrDefault(code, code);
  }

  /** Returns a role in Chinese, from its key (admin, leader, analyst, street). */
  public String role(String key) {
    return key == null ? "" : Role.byKey(key).map(Role::label).orElse(key);
  }

  /** Returns a load's result in Chinese (loaded → 已导入). */
  public String loadStatus(String code) {
    return code == null ? "" : LOAD_STATUSES.getOrDefault(code, code);
  }

  /** Returns what kind of data a load brought, in Chinese. */
  public String loadKind(String code) {
    return code == null ? "" : LOAD_KINDS.getOrDefault(code, code);
  }

  /**
   * Returns who did something as a person reads it: an account's display name, 系统（自动） for the
   * system, 命令行（user） for the command line.
   */
  public String actor(String username) {
    if (username == null || username.isBlank()) {
      return "—";
    }
    if (username.equals("system")) {
      return "系统（自动）";
    }
    if (username.startsWith("cli:")) {
      return "命令行（" + username.substring(4) + "）";
    }
    Optional<Account> account = accounts.find(username);
    return account
        .map(a -> a.displayName() == null || a.displayName().isBlank() ? username : a.displayName())
        .orElse(username);
  }

  /** Returns a moment as 2026-12-06 22:37 in Beijing time, or — when there is none. */
  public String dateTime(OffsetDateTime moment) {
    return moment == null ? "—" : MINUTE.format(moment.atZoneSameInstant(ZONE));
  }

  /** Returns a Spring cron (second minute hour day month weekday) in words: 每月26日 09:00. */
  public String cron(String expression) {
    return CronWords.of(expression);
  }
}
