package org.doudi.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request that the account behind the session may still act: a disabled, locked or
 * reset account's sessions end at once, not when they time out. An account that must change its
 * password is sent to do so before anything else.
 */
class AccountSessionFilter extends OncePerRequestFilter {

  /** Where an account that must change its password is sent. */
  static final String PASSWORD_PAGE = "/account/password";

  private static final List<String> OPEN_WHILE_CHANGING =
      List.of(
          PASSWORD_PAGE,
          "/logout",
          "/login",
          "/error",
          "/css/",
          "/js/",
          "/fonts/",
          "/img/",
          "/favicon.ico");

  private final AccountRepository accounts;
  private final LoginGuard guard;
  private final AuditLog audit;

  AccountSessionFilter(AccountRepository accounts, LoginGuard guard, AuditLog audit) {
    this.accounts = accounts;
    this.guard = guard;
    this.audit = audit;
  }

  /** Static assets are public and carry no data: no need to read the account for them. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/fonts/")
        || path.startsWith("/img/")
        || path.startsWith("/webjars/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof DoudiUser user) {
      Optional<Account> account = accounts.find(user.getUsername());
      boolean valid =
          account.map(a -> guard.stillValid(a, user.credentialVersion())).orElse(!user.fromLogin());
      if (!valid) {
        end(request, user);
      } else if (user.fromLogin()
          && account.isPresent()
          && account.get().mustChangePassword()
          && !openWhileChanging(request)) {
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Ends the session; the request goes on as anonymous, so the login page answers it. */
  private void end(HttpServletRequest request, DoudiUser user) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.getContextHolderStrategy()
        .setContext(SecurityContextHolder.getContextHolderStrategy().createEmptyContext());
    audit.record(
        user.getUsername(),
        "session_ended",
        request.getRequestURI(),
        "账户已停用、锁定或密码已重置，原登录失效",
        AuditLog.Outcome.REFUSED);
  }

  private static boolean openWhileChanging(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return OPEN_WHILE_CHANGING.stream()
        .anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
  }
}
