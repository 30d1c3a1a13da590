package org.doudi.dashboard.security;

import java.util.List;
import java.util.Optional;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.Street;
import org.doudi.warehouse.dictionary.StreetDictionary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The server-side rule that keeps a street account to its own street. Every controller and query
 * that takes a street asks here; the UI hiding other streets is a courtesy, not the rule.
 */
@Component
public class StreetScope {

  private final StreetDictionary streets;

  StreetScope(StreetDictionary streets) {
    this.streets = streets;
  }

  /** Returns the logged-in user, if any. */
  public Optional<DoudiUser> currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof DoudiUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** Returns the street the current user is bound to, or empty when they may see every street. */
  public Optional<String> boundStreet() {
    return currentUser().filter(u -> u.role() == Role.STREET).map(DoudiUser::streetCode);
  }

  /** Returns the streets the current user may see. */
  public List<Street> visibleStreets() {
    Optional<String> bound = boundStreet();
    if (currentUser().isEmpty()) {
      return List.of();
    }
    return bound.map(code -> streets.byCode(code).stream().toList()).orElseGet(streets::all);
  }

  /** Returns whether the current user may see this street. */
  public boolean maySee(String streetCode) {
    return currentUser().isPresent() && boundStreet().map(streetCode::equals).orElse(true);
  }

  /** Throws {@link AccessDeniedException} (403) unless the current user may see this street. */
  public void requireStreet(String streetCode) {
    if (!maySee(streetCode)) {
      throw new AccessDeniedException("无权查看该街镇的数据");
    }
  }

  /**
   * Returns the street a request may act on: a street account naming none gets its own, and naming
   * another street is refused (403) rather than quietly answered with its own; others get what they
   * asked for (null meaning every street).
   */
  public String effectiveStreet(String requested) {
    Optional<String> bound = boundStreet();
    if (bound.isPresent()
        && requested != null
        && !requested.isBlank()
        && !bound.get().equals(requested.strip())) {
      throw new AccessDeniedException("无权查看该街镇的数据");
    }
    return bound.orElse(requested);
  }

  /**
   * Returns the street a request that names one (or none: blank) may see: a street account naming
   * another street is refused (403), one naming none gets its own; others get what they named.
   */
  public String requestedStreet(String requested) {
    if (requested == null || requested.isBlank()) {
      return effectiveStreet(null);
    }
    requireStreet(requested);
    return effectiveStreet(requested);
  }
}
