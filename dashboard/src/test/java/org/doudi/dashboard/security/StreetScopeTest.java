package org.doudi.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doudi.dashboard.WebTestSupport;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.doudi.warehouse.dictionary.Street;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class StreetScopeTest extends WebTestSupport {

  @Autowired StreetScope scope;

  private static void logIn(Role role, String street) {
    DoudiUser user =
        new DoudiUser(
            new Account("u-" + role.key(), "x", role, street, null, null, true, 0, null), false);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  @AfterEach
  void logOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aStreetAccountIsBoundToItsOwnStreetAndRefusedAnotherOne() {
    // given
    logIn(Role.STREET, "wanli");

    // when / then
    assertThat(scope.boundStreet()).contains("wanli");
    assertThatThrownBy(() -> scope.effectiveStreet("changshoulu"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(scope.effectiveStreet("wanli")).isEqualTo("wanli");
    assertThat(scope.effectiveStreet(null)).isEqualTo("wanli");
    assertThat(scope.visibleStreets()).extracting(Street::name).containsExactly("万里街道");
    assertThat(scope.maySee("wanli")).isTrue();
    assertThatThrownBy(() -> scope.requireStreet("changshoulu"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("无权查看该街镇的数据");
  }

  @Test
  void anAnalystSeesEveryStreet() {
    // given
    logIn(Role.ANALYST, null);

    // when / then
    assertThat(scope.boundStreet()).isEmpty();
    assertThat(scope.effectiveStreet("changshoulu")).isEqualTo("changshoulu");
    assertThat(scope.effectiveStreet(null)).isNull();
    assertThat(scope.visibleStreets()).hasSize(10);
    scope.requireStreet("taopuzhen");
  }

  @Test
  void nobodyLoggedInSeesNoStreet() {
    assertThat(scope.visibleStreets()).isEmpty();
    assertThat(scope.maySee("wanli")).isFalse();
  }
}
