package org.doudi.dashboard.account;

import java.security.SecureRandom;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account with a random password on the server's first start, and prints
 * the password once: there is no default password to forget to change.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "doudi.mode", havingValue = "server")
class FirstAdmin implements ApplicationRunner {

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final AccountRepository accounts;
  private final AccountService service;
  private final SecureRandom random = new SecureRandom();

  FirstAdmin(AccountRepository accounts, AccountService service) {
    this.accounts = accounts;
    this.service = service;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.adminExists()) {
      return;
    }
    String password = randomPassword();
    service.create("system", "admin", Role.ADMIN, null, "管理员", null, password);
    System.out.println();
    System.out.println("==== 已创建初始管理员账户 admin，password（密码，仅显示这一次）: " + password + " ====");
    System.out.println();
  }

  /** Returns 16 random characters with at least one letter and one digit. */
  String randomPassword() {
    while (true) {
      StringBuilder password = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = password.toString();
      if (candidate.chars().anyMatch(Character::isDigit)
          && candidate.chars().anyMatch(Character::isLetter)
          && !candidate.toLowerCase().contains("admin")) {
        return candidate;
      }
    }
  }
}
