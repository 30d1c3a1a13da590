package org.doudi.dashboard.overview;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.doudi.dashboard.DoudiApplication;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Over a warehouse with nothing loaded, every page and chart says what to load. */
@SpringBootTest(classes = DoudiApplication.class)
@AutoConfigureMockMvc
class EmptyWarehouseTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> home.resolve("empty.duckdb").toString());
    registry.add("doudi.demo", () -> "false");
    registry.add("doudi.backup.cron", () -> "-");
  }

  @Autowired MockMvc mvc;

  private static RequestPostProcessor leader() {
    return user(
        new DoudiUser(
            new Account("leader", "x", Role.LEADER, null, "王局长", null, true, 0, null), false));
  }

  @Test
  void overviewExplainsWhatToLoad() throws Exception {
    mvc.perform(get("/").with(leader()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("仓库中还没有可展示的数据")))
        .andExpect(content().string(containsString("各街镇在“统计表”页面上传")))
        .andExpect(content().string(containsString("报送纪检监察机关数据：工作专班在“统计表”页面上传")))
        .andExpect(content().string(containsString("导入台账文件")))
        // a leader is not told to run commands
        .andExpect(content().string(not(containsString("ingest"))));
  }

  @Test
  void chartsExplainWhatToLoad() throws Exception {
    mvc.perform(get("/api/charts/removals").with(leader()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.option").doesNotExist())
        .andExpect(jsonPath("$.meta.empty", containsString("在“统计表”页面上传")));
    mvc.perform(get("/api/charts/petitions/issues").with(leader()))
        .andExpect(jsonPath("$.meta.empty", containsString("在“信访台账”页面导入")));
  }

  @Test
  void findingsAndPetitionsPagesExplainWhatToLoad() throws Exception {
    mvc.perform(get("/findings").with(leader()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("没有符合条件的核查发现")));
    mvc.perform(get("/petitions").with(leader()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("导入台账文件")))
        .andExpect(content().string(not(containsString("ingest"))));
  }
}
