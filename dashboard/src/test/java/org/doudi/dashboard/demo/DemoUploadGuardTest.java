package org.doudi.dashboard.demo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.doudi.dashboard.DashboardTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** A first real upload into an instance that holds the demo data asks first. */
class DemoUploadGuardTest extends DashboardTestBase {

  @BeforeEach
  void markDemo() {
    jdbc.update(
        "INSERT INTO instance_setting (key, value) VALUES ('demo_data', 'true')"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  }

  @AfterEach
  void unmarkDemo() {
    jdbc.update("DELETE FROM instance_setting WHERE key = 'demo_data'");
  }

  private static MockMultipartFile form() throws Exception {
    try (InputStream in = DemoUploadGuardTest.class.getResourceAsStream("/streetform/words.xlsx")) {
      return new MockMultipartFile(
          "file", "words.xlsx", "application/octet-stream", in.readAllBytes());
    }
  }

  @Test
  void anUnconfirmedUploadIsRefusedWithTheWayOut() throws Exception {
    // when
    mvc.perform(multipart("/forms/upload").file(form()).with(as("analyst1")).with(csrf()))
        // then nothing is loaded and the answer says how to leave the demo
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.messages[0]", containsString("系统管理 → 演示数据")));
  }

  @Test
  void aConfirmedUploadGoesThrough() throws Exception {
    // when
    mvc.perform(
            multipart("/forms/upload")
                .file(form())
                .param("intoDemo", "true")
                .with(as("analyst1"))
                .with(csrf()))
        // then the loader answers (this file has words where counts belong), not the guard
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("本实例目前存有演示数据"))))
        .andExpect(content().string(containsString("不是整数")));
  }

  @Test
  void theAdminMustTypeTheConfirmationToRemoveTheDemo() throws Exception {
    // when
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/admin/demo/remove")
                .param("confirm", "确定")
                .with(as("admin1"))
                .with(csrf()))
        // then nothing is removed and the page says why
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("error", containsString("清除演示数据")));
    org.assertj.core.api.Assertions.assertThat(
            jdbc.queryForObject(
                "SELECT value FROM instance_setting WHERE key = 'demo_data'", String.class))
        .isEqualTo("true");
  }

  @Test
  void theFormsPageAsksBeforeTheFirstRealUpload() throws Exception {
    mvc.perform(get("/forms").with(as("analyst1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("仍导入到演示实例")));
  }
}
