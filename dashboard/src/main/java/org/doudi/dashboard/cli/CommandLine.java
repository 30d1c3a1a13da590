package org.doudi.dashboard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doudi.dashboard.demo.DemoGuard;
import org.doudi.warehouse.WarehouseLockedException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the process's arguments and either starts the server (no command) or runs one command in a
 * Spring context without a web server, mapping its outcome to the exit status of CONTRACT.md.
 */
public final class CommandLine {

  /** Returned by {@link #run} when the server was started and the process must keep running. */
  public static final int SERVING = -1;

  private final Class<?> application;
  private final Map<String, Class<?>> leanSources;
  private final CliOutput output;
  private final Map<String, CliCommand> withoutWarehouse = new HashMap<>();

  /** Creates the command line of an application writing to the process's own streams. */
  public CommandLine(Class<?> application, Map<String, Class<?>> leanSources) {
    this(application, leanSources, CliOutput.system());
  }

  /** Creates the command line of an application writing to the given streams. */
  public CommandLine(Class<?> application, CliOutput output) {
    this(application, Map.of(), output);
  }

  /**
   * Creates the command line of an application; a command named in {@code leanSources} starts only
   * that configuration (no auto-configuration, no component scan) instead of the application.
   */
  public CommandLine(Class<?> application, Map<String, Class<?>> leanSources, CliOutput output) {
    this.application = application;
    this.leanSources = Map.copyOf(leanSources);
    this.output = output;
  }

  /**
   * Adds a command that runs without Spring and without opening the warehouse (such as {@code
   * restore}, whose target does not exist yet); returns this command line.
   */
  public CommandLine withoutWarehouse(CliCommand command) {
    withoutWarehouse.put(command.name(), command);
    return this;
  }

  /** Runs what the arguments say; returns the exit status, or {@link #SERVING}. */
  public int run(String... args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("-")) {
        break;
      }
      words.add(arg);
    }
    List<String> all = Arrays.asList(args);
    if (all.contains("--help") || all.contains("-h") || words.equals(List.of("help"))) {
      printHelp();
      return CliCommand.OK;
    }
    if (words.isEmpty()) {
      serve(args);
      return SERVING;
    }
    Optional<CommandSpec> spec = CommandSpec.match(words);
    if (spec.isEmpty()) {
      output.err().println("未知命令：" + String.join(" ", words) + "。用 --help 查看全部命令。");
      return CliCommand.USAGE;
    }
    int nameWords = spec.get().name().split(" ").length;
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(spec.get(), all.subList(nameWords, all.size()));
    } catch (UsageException e) {
      printUsageError(spec.get(), e.getMessage());
      return CliCommand.USAGE;
    }
    CliCommand standalone = withoutWarehouse.get(spec.get().name());
    if (standalone != null) {
      try {
        return standalone.run(arguments, output);
      } catch (UsageException e) {
        printUsageError(arguments.command(), e.getMessage());
        return CliCommand.USAGE;
      } catch (Exception e) {
        output.err().println("失败：" + userMessage(e));
        return CliCommand.REJECTED;
      }
    }
    return runCommand(arguments);
  }

  /** Refuses an ingest command on an instance that holds the demo data, unless confirmed. */
  private boolean refusedIntoDemo(ConfigurableApplicationContext context, CliArguments arguments) {
    if (!arguments.command().name().startsWith("ingest ")) {
      return false;
    }
    DemoGuard guard = context.getBeanProvider(DemoGuard.class).getIfAvailable();
    if (guard == null || !guard.refuses(arguments.flag(DemoGuard.FLAG))) {
      return false;
    }
    output.err().println("REJECTED " + DemoGuard.CLI_REFUSAL);
    return true;
  }

  private void serve(String[] args) {
    SpringApplication app = new SpringApplication(application);
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("doudi.mode", "server");
    defaults.put("logging.file.name", logFile(Arrays.asList(args)));
    app.setDefaultProperties(defaults);
    app.run(args);
  }

  private int runCommand(CliArguments arguments) {
    Class<?> lean = leanSources.get(arguments.command().name());
    SpringApplication app = new SpringApplication(lean != null ? lean : application);
    app.setWebApplicationType(WebApplicationType.NONE);
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("spring.main.banner-mode", "off");
    defaults.put("spring.main.log-startup-info", "false");
    if (lean != null) {
      // only the beans the command reaches are created
      defaults.put("spring.main.lazy-initialization", "true");
    }
    defaults.put("logging.threshold.console", "OFF");
    defaults.put("logging.file.name", logFile(arguments.springArguments()));
    app.setDefaultProperties(defaults);
    ConfigurableApplicationContext context;
    try {
      // An argument, not a default property: application.yml says doudi.mode=server and
      // outranks defaults, and server-only runners (first admin, demo) must stay off here.
      List<String> springArguments = new ArrayList<>(arguments.springArguments());
      springArguments.add("--doudi.mode=cli");
      context = app.run(springArguments.toArray(String[]::new));
    } catch (RuntimeException e) {
      output.err().println("无法启动：" + userMessage(e));
      return CliCommand.REJECTED;
    }
    try (context) {
      CliCommand command = command(context, arguments.command().name());
      if (command == null) {
        output.err().println("命令 " + arguments.command().name() + " 在此版本中尚未提供。");
        return CliCommand.USAGE;
      }
      if (refusedIntoDemo(context, arguments)) {
        return CliCommand.REJECTED;
      }
      return command.run(arguments, output);
    } catch (UsageException e) {
      printUsageError(arguments.command(), e.getMessage());
      return CliCommand.USAGE;
    } catch (Exception e) {
      output.err().println("失败：" + userMessage(e));
      return CliCommand.REJECTED;
    }
  }

  /**
   * Returns the command bean of that name, creating command beans one at a time (they are lazy) so
   * that other commands' services are not started for nothing.
   */
  private static CliCommand command(ConfigurableApplicationContext context, String name) {
    for (String bean : context.getBeanNamesForType(CliCommand.class, false, false)) {
      CliCommand candidate = context.getBean(bean, CliCommand.class);
      if (candidate.name().equals(name)) {
        return candidate;
      }
    }
    return null;
  }

  private void printHelp() {
    output.err().println("doudi（兜底）社会救助“人情保”“关系保”自查自纠数据平台");
    output.err().println();
    output.err().println("用法：java -jar doudi.jar                 启动网页服务（端口 8080）");
    output.err().println("      java -jar doudi.jar COMMAND [OPTIONS]");
    output.err().println();
    output.err().println("命令：");
    for (CommandSpec spec : CommandSpec.ALL) {
      output.err().printf("  %s %s%n      %s%n", spec.name(), spec.usage(), spec.description());
    }
    output.err().println();
    output
        .err()
        .println("每个命令都接受 --db FILE（默认 data/doudi.duckdb）；Spring 属性（--spring.mail.host=…）可放在任意位置。");
    output.err().println("退出码：0 成功，1 输入或查询被拒绝（该输入不保留任何内容），2 用法错误。");
  }

  private void printUsageError(CommandSpec spec, String message) {
    output.err().println("用法错误：" + message);
    output.err().println("用法：java -jar doudi.jar " + spec.name() + " " + spec.usage());
  }

  /**
   * Returns the log file beside the warehouse the arguments name, so each instance logs to its own
   * folder.
   */
  static String logFile(List<String> args) {
    String path = "data/doudi.duckdb";
    for (String arg : args) {
      if (arg.startsWith("--doudi.warehouse.path=")) {
        path = arg.substring("--doudi.warehouse.path=".length());
      }
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    return parent.resolve("logs").resolve("doudi.log").toString();
  }

  /** Returns the message a person should read: the deepest cause that speaks plainly. */
  static String userMessage(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof WarehouseLockedException) {
        return cause.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
