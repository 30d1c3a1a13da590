package org.doudi.dashboard.street;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;

/** A street's page shows its months, its form versions and its findings, to whom may see it. */
class StreetPageTest extends DashboardTestBase {

  @Test
  void showsEveryVersionAndMarksTheCurrentOne() throws Exception {
    mvc.perform(get("/streets/changshoulu").with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>长寿路街道</h1>")))
        .andExpect(content().string(containsString("当前版本")))
        .andExpect(content().string(containsString("已被新版本替代")))
        .andExpect(content().string(containsString("class=\"num diff\" title=\"纪检数据：6\">5</td>")))
        .andExpect(content().string(containsString("统计表5人，报送纪检监察机关6人")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "data-src=\"/api/charts/petitions/channels?period=all&amp;street=changshoulu\"")));
  }

  @Test
  void clerkOpensTheOwnStreet() throws Exception {
    mvc.perform(get("/streets/changshoulu").with(as("clerk1")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("曹杨"))));
  }

  @Test
  void clerkIsRefusedAnotherStreet() throws Exception {
    mvc.perform(get("/streets/caoyangxincun").with(as("clerk1"))).andExpect(status().isForbidden());
  }

  @Test
  void unknownStreetIsNotFound() throws Exception {
    mvc.perform(get("/streets/nowhere").with(as("leader1"))).andExpect(status().isNotFound());
  }
}
