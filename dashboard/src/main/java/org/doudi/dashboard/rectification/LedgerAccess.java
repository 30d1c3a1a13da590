package org.doudi.dashboard.rectification;

import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the problem list: a street clerk works the items of the own street, the work
 * team (and administrators) every item and the review of a 销号, leaders read.
 */
@Component
class LedgerAccess {

  private final StreetScope scope;

  LedgerAccess(StreetScope scope) {
    this.scope = scope;
  }

  /** Returns the streets the logged-in person reaches, for the warehouse's queries. */
  StreetAccess access() {
    return StreetAccess.bound(scope.boundStreet());
  }

  /**
   * Returns the street filter a request may use: a clerk naming another street (or the district's
   * own items) is refused (403), one naming none gets the own street.
   */
  String street(String requested) {
    if ("district".equals(requested)) {
      if (scope.boundStreet().isPresent()) {
        throw new AccessDeniedException("无权查看该街镇的数据");
      }
      return requested;
    }
    return scope.requestedStreet(requested);
  }

  /** Returns whether the person may change items (rectify, revise, ask for 销号): not a leader. */
  boolean works() {
    return role() == Role.STREET || reviews();
  }

  /** Returns whether the person reviews 销号 requests: the work team and administrators. */
  boolean reviews() {
    Role role = role();
    return role == Role.ANALYST || role == Role.ADMIN;
  }

  /** Returns whether the person is a street clerk. */
  boolean street() {
    return scope.boundStreet().isPresent();
  }

  /** Returns the logged-in account's name, the actor of events and audit entries. */
  String actor() {
    return scope.currentUser().map(DoudiUser::getUsername).orElse("anonymous");
  }

  private Role role() {
    return scope.currentUser().map(DoudiUser::role).orElse(null);
  }
}
