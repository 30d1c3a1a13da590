package org.doudi.dashboard.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.warehouse.account.Role;
import org.springframework.stereotype.Component;

/** {@code user add NAME --role ROLE [--street CODE]}: creates an account, password from stdin. */
@Component
class UserAddCommand implements CliCommand {

  private final AccountService accounts;

  UserAddCommand(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public String name() {
    return "user add";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) throws IOException {
    String username = arguments.positional().get(0);
    Role role =
        Role.byKey(arguments.option("role").orElseThrow(() -> new UsageException("缺少 --role")))
            .orElseThrow(() -> new UsageException("--role 只能是 admin、leader、analyst 或 street"));
    String password =
        new BufferedReader(new InputStreamReader(output.in(), StandardCharsets.UTF_8)).readLine();
    if (password == null) {
      output.err().println("REJECTED " + username + "：没有从标准输入读到密码");
      return REJECTED;
    }
    try {
      accounts.create(
          CliArguments.actor(),
          username,
          role,
          arguments.option("street").orElse(null),
          arguments.option("display-name").orElse(null),
          arguments.option("email").orElse(null),
          password.strip());
    } catch (AccountRejectedException e) {
      output.err().println("REJECTED " + username + "：" + e.getMessage());
      return REJECTED;
    }
    output.err().println("OK 已创建账户 " + username + "（" + role.label() + "）；首次登录时须设置新密码");
    return OK;
  }
}
