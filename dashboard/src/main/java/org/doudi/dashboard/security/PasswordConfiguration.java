package org.doudi.dashboard.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, shared by the web login and the {@code user add} command. */
@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

  /** Hashes passwords with bcrypt. */
  @Bean
  public PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
