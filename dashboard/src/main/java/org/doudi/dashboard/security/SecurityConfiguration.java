package org.doudi.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.doudi.warehouse.account.AccountRepository;
import org.doudi.warehouse.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Every request needs a login except the login page, static assets and the health check. Pages for
 * administrators need the admin role; pages of later features declare their own roles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfiguration {

  /** The scripts, styles and fonts the UI serves itself; nothing comes from elsewhere. */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Bean
  SecurityFilterChain webSecurity(
      HttpSecurity http, AccountRepository accounts, LoginGuard guard, AuditLog audit)
      throws Exception {
    // the provider is the application's only AuthenticationProvider bean, so the global manager
    // uses it; adding it here too would check every failed attempt twice
    http.addFilterBefore(
            new AccountSessionFilter(accounts, guard, audit), AuthorizationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/fonts/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/error")
                    .permitAll()
                    .requestMatchers("/admin/**", "/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(new LoginFailureHandler())
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /**
   * Sends a failed login back to the login page, which gives one answer whatever the reason (so
   * that it does not tell which accounts exist) and keeps the typed name in the form.
   */
  static final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(
        HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response,
        org.springframework.security.core.AuthenticationException exception)
        throws java.io.IOException {
      String username = request.getParameter("username");
      if (username != null && username.length() <= 64) {
        FlashMap typed = new FlashMap();
        typed.put("username", username.strip());
        typed.setTargetRequestPath("/login");
        flash.saveOutputFlashMap(typed, request, response);
      }
      getRedirectStrategy().sendRedirect(request, response, "/login?error");
    }
  }
}
