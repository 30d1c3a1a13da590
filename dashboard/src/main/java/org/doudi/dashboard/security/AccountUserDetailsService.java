package org.doudi.dashboard.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.doudi.warehouse.account.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security from the warehouse. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;
  private final Clock clock;

  AccountUserDetailsService(AccountRepository accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .find(username)
        .map(account -> new DoudiUser(account, account.lockedAt(OffsetDateTime.now(clock))))
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
