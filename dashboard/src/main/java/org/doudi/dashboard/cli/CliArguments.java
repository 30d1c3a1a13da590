package org.doudi.dashboard.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments, its options, and the Spring properties
 * ({@code --name.with.dots=value}) that may stand anywhere and go to Spring instead.
 *
 * @param command the command's spec
 * @param positional the positional arguments after the command's name
 * @param options the options that carry a value
 * @param flags the options present without a value
 * @param springArguments the arguments Spring should see, {@code --db FILE} turned into the
 *     warehouse path property
 */
public record CliArguments(
    CommandSpec command,
    List<String> positional,
    Map<String, String> options,
    Set<String> flags,
    List<String> springArguments) {

  /** Returns an option's value. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /**
   * Returns who runs the command, as the audit log and load history record it: {@code
   * cli:<operating-system user>}.
   */
  public static String actor() {
    return "cli:" + System.getProperty("user.name");
  }

  /** Returns the account a load is recorded under: {@code --user}, else {@link #actor()}. */
  public String user() {
    return option("user").orElse(actor());
  }

  /** Returns whether a flag was given. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * Parses the arguments after the command's words; throws {@link UsageException} with a Chinese
   * message for an unknown option, a missing value or a wrong number of arguments.
   */
  public static CliArguments parse(CommandSpec spec, List<String> rest) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> spring = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (!arg.startsWith("--") || arg.equals("--")) {
        positional.add(arg);
        continue;
      }
      String body = arg.substring(2);
      String name = body.contains("=") ? body.substring(0, body.indexOf('=')) : body;
      String inline = body.contains("=") ? body.substring(body.indexOf('=') + 1) : null;
      if (name.contains(".")) {
        spring.add(arg);
      } else if (name.equals("db")) {
        String value = inline != null ? inline : valueAfter(rest, i++, name);
        spring.add("--doudi.warehouse.path=" + value);
      } else if (spec.valueOptions().contains(name)) {
        options.put(name, inline != null ? inline : valueAfter(rest, i++, name));
      } else if (spec.flags().contains(name) && inline == null) {
        flags.add(name);
      } else if (name.equals("into-demo") && spec.name().startsWith("ingest ") && inline == null) {
        // every loader takes it: the confirmation of a real load into a demo instance
        flags.add(name);
      } else {
        throw new UsageException("命令 " + spec.name() + " 没有选项 --" + name);
      }
    }
    if (positional.size() < spec.minPositional() || positional.size() > spec.maxPositional()) {
      throw new UsageException("参数个数不对");
    }
    return new CliArguments(
        spec, List.copyOf(positional), Map.copyOf(options), Set.copyOf(flags), spring);
  }

  private static String valueAfter(List<String> args, int i, String name) {
    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
      throw new UsageException("选项 --" + name + " 需要一个值");
    }
    return args.get(i + 1);
  }
}
