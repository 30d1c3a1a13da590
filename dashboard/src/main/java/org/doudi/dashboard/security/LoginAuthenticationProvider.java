package org.doudi.dashboard.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The web login form's check, through {@link LoginGuard}: one answer for every failure. */
@Component
class LoginAuthenticationProvider implements AuthenticationProvider {

  private final LoginGuard guard;

  LoginAuthenticationProvider(LoginGuard guard) {
    this.guard = guard;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Object credentials = authentication.getCredentials();
    return guard
        .attempt(
            authentication.getName(),
            credentials == null ? null : credentials.toString(),
            LoginGuard.Channel.WEB)
        .map(DoudiUser::loggedIn)
        .map(
            user ->
                UsernamePasswordAuthenticationToken.authenticated(
                    user, null, user.getAuthorities()))
        .orElseThrow(() -> new BadCredentialsException(LoginGuard.FAILED));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
