package org.doudi.dashboard.sqlconsole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import org.apache.calcite.avatica.metrics.noop.NoopMetricsSystem;
import org.apache.calcite.avatica.remote.AuthenticationType;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.apache.calcite.avatica.server.AvaticaServerConfiguration;
import org.apache.calcite.avatica.server.HttpRequestRemoteUserExtractor;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.RemoteUserExtractor;
import org.doudi.dashboard.security.LoginGuard;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.gateway.SqlGateway;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.UserIdentity;
import org.eclipse.jetty.util.security.Constraint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The JDBC endpoint for desktop SQL tools (DBeaver, DataGrip, any JDBC client): Calcite's Avatica
 * server on its own port ({@code doudi.sql.jdbc-port}), off unless {@code doudi.sql.jdbc-enabled},
 * never in command mode, listening on {@code doudi.sql.jdbc-address} (localhost unless configured).
 * HTTP BASIC authentication checks doudi's own accounts through the same {@link LoginGuard} as the
 * web login (counted, locked, audited); only the work team and administrators get in; every
 * statement goes through the gateway as that account.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "doudi.sql.jdbc-enabled", havingValue = "true")
class JdbcEndpoint implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JdbcEndpoint.class);

  private final GatewayMeta meta;
  private final AccountLoginService logins;
  private final int port;
  private final String address;
  private HttpServer server;

  JdbcEndpoint(
      SqlGateway gateway,
      AccountRepository accounts,
      LoginGuard guard,
      Clock clock,
      @Value("${doudi.sql.jdbc-port:8765}") int port,
      @Value("${doudi.sql.jdbc-address:127.0.0.1}") String address) {
    this.meta = new GatewayMeta(gateway);
    this.logins = new AccountLoginService(accounts, guard, clock);
    this.port = port;
    this.address = address;
  }

  @Override
  public synchronized void start() {
    AvaticaServerConfiguration configuration = new BasicConfiguration();
    AvaticaProtobufHandler handler =
        new AvaticaProtobufHandler(
            new LocalService(meta), NoopMetricsSystem.getInstance(), configuration);
    server = new AccountHttpServer(port, address, handler, configuration, logins);
    server.start();
    log.info(
        "JDBC endpoint listening on {}: jdbc:avatica:remote:url=http://{}:{};serialization=PROTOBUF",
        address,
        address,
        server.getPort());
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  /** Returns the port the endpoint listens on (the configured one, or the one chosen for 0). */
  synchronized int port() {
    return server == null ? port : server.getPort();
  }

  /** BASIC authentication for the roles that may use SQL; each request runs as its account. */
  private static final class BasicConfiguration implements AvaticaServerConfiguration {

    @Override
    public AuthenticationType getAuthenticationType() {
      return AuthenticationType.BASIC;
    }

    @Override
    public String getKerberosRealm() {
      return null;
    }

    @Override
    public String getKerberosServiceName() {
      return null;
    }

    @Override
    public String getKerberosHostName() {
      return null;
    }

    @Override
    public String getKerberosPrincipal() {
      return null;
    }

    @Override
    public String[] getAllowedRoles() {
      return new String[] {Role.ANALYST.key(), Role.ADMIN.key()};
    }

    @Override
    public String getHashLoginServiceRealm() {
      return "doudi";
    }

    @Override
    public String getHashLoginServiceProperties() {
      return null;
    }

    @Override
    public boolean supportsImpersonation() {
      return true;
    }

    @Override
    public <T> T doAsRemoteUser(String remoteUser, String remoteAddress, Callable<T> action)
        throws Exception {
      return GatewayMeta.as(remoteUser, action);
    }

    @Override
    public RemoteUserExtractor getRemoteUserExtractor() {
      return new HttpRequestRemoteUserExtractor();
    }
  }

  /** Avatica's server with BASIC authentication against doudi's accounts instead of a file. */
  private static final class AccountHttpServer extends HttpServer {

    private final LoginService logins;
    private final String address;

    AccountHttpServer(
        int port,
        String address,
        AvaticaProtobufHandler handler,
        AvaticaServerConfiguration configuration,
        LoginService logins) {
      super(port, handler, configuration);
      this.logins = logins;
      this.address = address;
    }

    /** Binds to the configured address only (localhost by default), not to every interface. */
    @Override
    protected ServerConnector getServerConnector() {
      ServerConnector connector = super.getServerConnector();
      connector.setHost(address);
      return connector;
    }

    @Override
    protected ConstraintSecurityHandler configureBasicAuthentication(
        Server server, AvaticaServerConfiguration config) {
      return configureCommonAuthentication(
          Constraint.__BASIC_AUTH,
          config.getAllowedRoles(),
          new BasicAuthenticator(),
          config.getHashLoginServiceRealm(),
          logins);
    }
  }

  /**
   * Checks a user name and password through {@link LoginGuard}, so that failures count towards the
   * same lock-out as on the web. A JDBC client sends the password with every request, so a
   * successful check is remembered for a minute by its SHA-256 instead of running bcrypt each time;
   * the account's state is read first on every request, so that disabling, locking or resetting it
   * ends its JDBC access at once.
   */
  static final class AccountLoginService implements LoginService {

    private static final Duration REMEMBER = Duration.ofMinutes(1);

    private final AccountRepository accounts;
    private final LoginGuard guard;
    private final Clock clock;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();
    private IdentityService identities = new DefaultIdentityService();

    private record Remembered(String digest, int credentialVersion, Instant until) {}

    AccountLoginService(AccountRepository accounts, LoginGuard guard, Clock clock) {
      this.accounts = accounts;
      this.guard = guard;
      this.clock = clock;
    }

    @Override
    public String getName() {
      return "doudi";
    }

    @Override
    public UserIdentity login(
        String username, Object credentials, javax.servlet.ServletRequest request) {
      if (username == null || credentials == null) {
        return null;
      }
      String password = credentials.toString();
      String digest = sha256(username + "\u0000" + password);
      Remembered remembered = recent.get(username);
      Account current = accounts.find(username).orElse(null);
      if (remembered != null
          && current != null
          && remembered.digest().equals(digest)
          && remembered.until().isAfter(clock.instant())
          && guard.stillValid(current, remembered.credentialVersion())
          && !current.mustChangePassword()) {
        return identity(username, current.role());
      }
      recent.remove(username);
      Account account = guard.attempt(username, password, LoginGuard.Channel.JDBC).orElse(null);
      if (account == null || account.mustChangePassword()) {
        // an account with the admin's password must first choose its own on the web
        return null;
      }
      recent.put(
          username,
          new Remembered(digest, account.credentialVersion(), clock.instant().plus(REMEMBER)));
      return identity(username, account.role());
    }

    private UserIdentity identity(String username, Role role) {
      Principal principal = () -> username;
      Subject subject = new Subject();
      subject.getPrincipals().add(principal);
      subject.setReadOnly();
      return identities.newUserIdentity(subject, principal, new String[] {role.key()});
    }

    @Override
    public boolean validate(UserIdentity user) {
      return true;
    }

    @Override
    public IdentityService getIdentityService() {
      return identities;
    }

    @Override
    public void setIdentityService(IdentityService service) {
      this.identities = service;
    }

    @Override
    public void logout(UserIdentity user) {}

    private static String sha256(String text) {
      try {
        return java.util.HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
