package org.doudi.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.doudi.warehouse.account.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Keeps the current session when the person changed their own password: the change ends every other
 * session of the account (its credential version moved on), this one follows it.
 */
public final class CurrentSession {

  private CurrentSession() {}

  /** Makes the current session belong to the account as it is now stored. */
  public static void renew(
      Account account, HttpServletRequest request, HttpServletResponse response) {
    DoudiUser user = DoudiUser.loggedIn(account);
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
  }
}
