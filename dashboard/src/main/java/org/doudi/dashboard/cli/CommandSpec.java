package org.doudi.dashboard.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the command line knows about a command before Spring starts: its name, usage, the options it
 * takes and whether they carry a value. Unknown commands and options are usage errors (exit 2)
 * without opening the warehouse, which another process may hold.
 *
 * @param name one or two words, e.g. {@code ingest street-form}
 * @param usage the synopsis after the name
 * @param description one line in Chinese
 * @param valueOptions options that take a value, e.g. {@code period}
 * @param flags options that take none, e.g. {@code skip-bad-rows}
 * @param minPositional how many positional arguments at least
 * @param maxPositional how many at most
 */
public record CommandSpec(
    String name,
    String usage,
    String description,
    Set<String> valueOptions,
    Set<String> flags,
    int minPositional,
    int maxPositional) {

  /** The commands of CONTRACT.md; a feature adding a command adds its line here. */
  public static final List<CommandSpec> ALL =
      List.of(
          new CommandSpec(
              "ingest street-form",
              "FILE... [--period YYYY-MM] [--into-demo]",
              "导入街镇统计表（.xlsx、.xls、.csv）",
              Set.of("period", "user"),
              Set.of("into-demo"),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest discipline",
              "FILE... [--period YYYY-MM] [--into-demo]",
              "导入报送纪检监察机关的数据",
              Set.of("period", "user"),
              Set.of("into-demo"),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest petitions",
              "FILE... [--skip-bad-rows] [--into-demo]",
              "导入信访/热线台账；同一编号的案件以后导入者为准",
              Set.of("user"),
              Set.of("skip-bad-rows", "into-demo"),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest relatives",
              "FILE...",
              "导入街镇近亲属备案登记表（.xlsx、.xls、.csv）",
              Set.of("user"),
              Set.of(),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest custody",
              "FILE...",
              "导入街镇卡折代管登记表（.xlsx、.xls、.csv）",
              Set.of("user"),
              Set.of(),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest removals",
              "FILE...",
              "导入街镇清退名单（.xlsx、.xls、.csv）",
              Set.of("user"),
              Set.of(),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest payments",
              "FILE...",
              "导入社会救助资金发放台账；同一街镇同一月份以后导入者为准",
              Set.of("user"),
              Set.of(),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "ingest ledger",
              "FILE...",
              "导入街镇问题整改台账；按序号（或整改编号）更新已有问题",
              Set.of("user"),
              Set.of(),
              1,
              Integer.MAX_VALUE),
          new CommandSpec(
              "findings", "[--period YYYY-MM]", "以 CSV 输出核查发现", Set.of("period"), Set.of(), 0, 0),
          new CommandSpec(
              "report district",
              "--period YYYY-MM (--out FILE | --mail-to ADDR[,ADDR] [--resend])",
              "生成区级报告（.pdf 或 .xlsx），或立即发送邮件（已发送过的地址不重发，除非加 --resend）",
              Set.of("period", "out", "mail-to"),
              Set.of("resend"),
              0,
              0),
          new CommandSpec(
              "sql", "\"SELECT …\"", "通过自助查询网关执行一条只读查询，结果以 CSV 输出", Set.of(), Set.of(), 1, 1),
          new CommandSpec(
              "user add",
              "NAME --role admin|leader|analyst|street [--street CODE]",
              "创建账户；密码从标准输入读取",
              Set.of("role", "street", "email", "display-name"),
              Set.of(),
              1,
              1),
          new CommandSpec(
              "demo remove", "", "清除演示数据，保留账户、设置和真实数据（开始真实工作前运行一次）", Set.of(), Set.of(), 0, 0),
          new CommandSpec(
              "backup",
              "--out DIR",
              "把仓库及其状态一致地复制到 DIR，服务可直接从副本启动；哈希密钥用备份口令加密后写在副本旁",
              Set.of("out"),
              Set.of(),
              0,
              0),
          new CommandSpec(
              "export parquet",
              "--out DIR",
              "把仓库的事实数据按来源和统计期导出为 Parquet（个人信息只含脱敏值和密钥哈希）",
              Set.of("out"),
              Set.of(),
              0,
              0),
          new CommandSpec(
              "restore",
              "BACKUP --db FILE [--secret-file FILE]",
              "把备份连同其哈希密钥恢复为 FILE 处的实例（口令从标准输入读取）；不覆盖已有仓库",
              Set.of("secret-file"),
              Set.of(),
              1,
              1));

  /** Returns the command whose name starts the arguments, longest name first. */
  public static Optional<CommandSpec> match(List<String> words) {
    return ALL.stream()
        .filter(spec -> startsWith(words, List.of(spec.name().split(" "))))
        .max((a, b) -> Integer.compare(a.name().length(), b.name().length()));
  }

  private static boolean startsWith(List<String> words, List<String> prefix) {
    return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
  }
}
