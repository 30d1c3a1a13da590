package org.doudi.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagingTest {

  private static MockHttpServletRequest request(String query) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/petitions/ledger");
    request.setQueryString(query);
    return request;
  }

  @Test
  void statesTheTotalAndWhichRowsThePageShows() {
    // given 3,106 cases, 50 a page
    // when
    Paging second = Paging.of(request("street=wanli&page=2"), 2, 3106, 50);
    // then
    assertThat(second.summary()).isEqualTo("共 3,106 条，当前第 51–100 条（第 2/63 页）");
    assertThat(second.offset()).isEqualTo(50);
    assertThat(second.url(3)).isEqualTo("/petitions/ledger?street=wanli&page=3");
  }

  @Test
  void keepsAPageBeyondTheEndWithinTheList() {
    // when
    Paging page = Paging.of(request("page=99"), 99, 120, 50);
    // then
    assertThat(page.page()).isEqualTo(3);
    assertThat(page.summary()).isEqualTo("共 120 条，当前第 101–120 条（第 3/3 页）");
  }

  @Test
  void saysZeroOnAnEmptyList() {
    // when
    Paging page = Paging.of(request(null), null, 0, 50);
    // then
    assertThat(page.summary()).isEqualTo("共 0 条");
    assertThat(page.pages()).isEqualTo(1);
  }
}
