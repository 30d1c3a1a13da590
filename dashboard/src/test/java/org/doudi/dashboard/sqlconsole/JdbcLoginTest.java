package org.doudi.dashboard.sqlconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Clock;
import java.util.Optional;
import org.doudi.dashboard.WebTestSupport;
import org.doudi.dashboard.security.LoginGuard;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.gateway.SqlGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The JDBC endpoint's login (issue "hold under attack", case 7): failures count and lock like the
 * web's, a disabled account is refused at once despite the remembered login, and the endpoint
 * listens on localhost only unless configured.
 */
class JdbcLoginTest extends WebTestSupport {

  private static final String PASSWORD = "Jdbc2024Analyst";

  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired LoginGuard guard;
  @Autowired SqlGateway gateway;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private JdbcEndpoint.AccountLoginService logins() {
    return new JdbcEndpoint.AccountLoginService(accounts, guard, clock);
  }

  private void analyst(String name) {
    accounts.create(
        new Account(
            name, passwords.encode(PASSWORD), Role.ANALYST, null, name, null, true, 0, null));
  }

  @Test
  void thirtyWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused() {
    // given
    analyst("jdbc-guesser");
    JdbcEndpoint.AccountLoginService logins = logins();

    // when
    for (int i = 0; i < 30; i++) {
      assertThat(logins.login("jdbc-guesser", "falsch-" + i + "-2024", null)).isNull();
    }

    // then
    assertThat(logins.login("jdbc-guesser", PASSWORD, null)).isNull();
    Account locked = accounts.find("jdbc-guesser").orElseThrow();
    assertThat(locked.failedLogins()).isEqualTo(31);
    assertThat(locked.lockedUntil()).isNotNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE username = 'jdbc-guesser'"
                    + " AND detail LIKE 'JDBC 登录：%' AND detail LIKE '%密码错误%'",
                Long.class))
        .isEqualTo(5L);
  }

  @Test
  void aDisabledAccountIsRefusedAtOnceDespiteTheRememberedLogin() {
    // given
    analyst("jdbc-leaver");
    JdbcEndpoint.AccountLoginService logins = logins();
    assertThat(logins.login("jdbc-leaver", PASSWORD, null)).isNotNull();
    assertThat(logins.login("jdbc-leaver", PASSWORD, null)).isNotNull();

    // when
    accounts.setEnabled("jdbc-leaver", false);

    // then
    assertThat(logins.login("jdbc-leaver", PASSWORD, null)).isNull();
  }

  @Test
  void anAccountWithTheAdminsPasswordMustFirstChooseItsOwn() {
    // given
    accounts.create(
        new Account(
                "jdbc-new",
                passwords.encode(PASSWORD),
                Role.ANALYST,
                null,
                null,
                null,
                true,
                0,
                null)
            .withMustChangePassword(true));

    // when / then
    assertThat(logins().login("jdbc-new", PASSWORD, null)).isNull();
  }

  @Test
  void theEndpointListensOnLocalhostOnlyByDefault() throws Exception {
    // given
    Optional<InetAddress> outside =
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> !a.isLoopbackAddress() && a.getAddress().length == 4)
            .findFirst();
    JdbcEndpoint endpoint = new JdbcEndpoint(gateway, accounts, guard, clock, 0, "127.0.0.1");
    endpoint.start();
    try {
      // when / then
      assertThat(connects(InetAddress.getLoopbackAddress(), endpoint.port())).isTrue();
      if (outside.isPresent()) {
        assertThat(connects(outside.get(), endpoint.port())).isFalse();
      }
    } finally {
      endpoint.stop();
    }
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
