package org.doudi.dashboard.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.reports.delivery.CommandMailing;
import org.doudi.reports.delivery.MailDelivery;
import org.doudi.reports.district.DistrictReports;
import org.doudi.reports.district.ReportScope;
import org.doudi.reports.internal.ReportFormat;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * {@code report district --period YYYY-MM (--out FILE | --mail-to ADDR[,ADDR])}: writes the
 * district report to a .pdf or .xlsx file, or mails it now through the configured SMTP server, once
 * per address: a rerun skips the addresses already served unless {@code --resend}.
 */
@Component
class ReportDistrictCommand implements CliCommand {

  private final DistrictReports reports;
  private final MailDelivery delivery;
  private final CommandMailing mailing;
  private final AuditLog audit;

  ReportDistrictCommand(
      DistrictReports reports, MailDelivery delivery, CommandMailing mailing, AuditLog audit) {
    this.reports = reports;
    this.delivery = delivery;
    this.mailing = mailing;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "report district";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws Exception {
    String period =
        arguments
            .option("period")
            .orElseThrow(
                () -> new UsageException("缺少 --period YYYY-MM（或 --period campaign 表示全周期）"));
    ReportScope scope;
    try {
      scope = reports.scope(period);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String out = arguments.option("out").orElse(null);
    String mailTo = arguments.option("mail-to").orElse(null);
    if (out == null && mailTo == null) {
      throw new UsageException("请给出 --out FILE 或 --mail-to ADDR[,ADDR]");
    }
    ReportFormat format = null;
    if (out != null) {
      format =
          ReportFormat.ofFileName(out)
              .orElseThrow(() -> new UsageException("--out 的文件名须以 .pdf 或 .xlsx 结尾：" + out));
    }
    List<String> recipients = List.of();
    if (mailTo != null) {
      recipients =
          Arrays.stream(mailTo.split("[,，;；]"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      for (String address : recipients) {
        if (!MailDelivery.isAddress(address)) {
          throw new UsageException("“" + address + "”不是有效的邮箱地址");
        }
      }
      if (recipients.isEmpty()) {
        throw new UsageException("--mail-to 需要至少一个邮箱地址");
      }
    }
    String user = CliArguments.actor();
    if (!scope.campaign() && !reports.periods().contains(scope.to())) {
      output.err().println("注意：" + scope.label() + "还没有任何街镇的统计表，报告中的数字均为空。");
    }
    if (out != null) {
      long started = System.nanoTime();
      byte[] bytes = reports.render(scope, format);
      Path file = Path.of(out);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
      audit.record(
          user,
          "report_written",
          scope.key(),
          file.toAbsolutePath().toString(),
          AuditLog.Outcome.OK);
      output
          .err()
          .printf(
              "OK %s：%s（%,d 字节，%d 毫秒）%n",
              out, reports.title(scope), bytes.length, (System.nanoTime() - started) / 1_000_000);
    }
    if (!recipients.isEmpty()) {
      if (!delivery.configured()) {
        output
            .err()
            .println(
                "REJECTED 未配置邮件服务器：请用 --spring.mail.host=… --spring.mail.port=… 指定 SMTP 服务器（见 docs/reports.md）");
        return REJECTED;
      }
      List<CommandMailing.DeliveryResult> results =
          mailing.send(recipients, scope, ReportFormat.PDF, user, arguments.flag("resend"));
      boolean allSent = true;
      for (CommandMailing.DeliveryResult result : results) {
        switch (result.outcome()) {
          case SENT ->
              output.err().println("OK 已发送至 " + result.recipient() + "：" + result.answer());
          case ALREADY_SENT ->
              output.err().println("SKIPPED " + result.recipient() + "：" + result.answer());
          case OUTCOME_UNKNOWN -> {
            allSent = false;
            output.err().println("UNKNOWN " + result.recipient() + "：" + result.answer());
          }
          case FAILED -> {
            allSent = false;
            output.err().println("REJECTED 发送至 " + result.recipient() + " 失败：" + result.answer());
          }
        }
      }
      audit.record(
          user,
          "report_mailed",
          scope.key(),
          String.join(", ", recipients),
          allSent ? AuditLog.Outcome.OK : AuditLog.Outcome.FAILED);
      if (!allSent) {
        return REJECTED;
      }
    }
    return OK;
  }
}
