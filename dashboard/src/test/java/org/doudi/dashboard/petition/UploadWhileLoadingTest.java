package org.doudi.dashboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.warehouse.account.Account;
import org.doudi.warehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * While a petition log loads, the page's progress poll and a further upload answer at once (issue
 * 16, item 5): neither waits for the load's DuckDB writes, the launcher's turn or the findings.
 */
@SpringBootTest(
    properties = {
      "doudi.demo=false",
      "doudi.personal-data.hash-secret=web-test-secret-0123456789abcdef0123"
    })
@AutoConfigureMockMvc
class UploadWhileLoadingTest {

  private static final int ROWS = 300_000;
  private static final Duration AT_ONCE = Duration.ofSeconds(3);

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void progressPollAndAnotherUploadAnswerAtOnceWhileALoadRuns() throws Exception {
    // given a log of 300,000 cases being loaded
    StringBuilder csv = new StringBuilder("编号,受理日期,渠道,是否实名,诉求类型,所属街镇,反映人,身份证号,联系电话,办理状态\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("L")
          .append(i)
          .append(",2024-11-05,来电,否,求助申请,长寿路,张三,31011619910717452X,13812345678,已办结\n");
    }
    String big = upload("big.csv", csv.toString());
    // when the page polls its progress and someone uploads another file meanwhile
    List<Long> pollMillis = new ArrayList<>();
    List<String> phasesWhileRunning = new ArrayList<>();
    long secondUploadMillis = -1;
    String second = null;
    String progress = "";
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!progress.contains("\"done\":true") && System.nanoTime() < until) {
      long start = System.nanoTime();
      progress = poll(big);
      pollMillis.add((System.nanoTime() - start) / 1_000_000);
      if (!progress.contains("\"done\":true")) {
        phasesWhileRunning.add(progress.replaceAll(".*\"phase\":\"([^\"]*)\".*", "$1"));
        if (second == null && !progress.contains("\"phase\":\"排队\"")) {
          long upload = System.nanoTime();
          second =
              upload(
                  "small.csv",
                  "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,反映人,身份证号,联系电话,办理状态\n"
                      + "S1,2024-11-06,来信,否,政策咨询,万里,李四,,,办理中\n");
          secondUploadMillis = (System.nanoTime() - upload) / 1_000_000;
        }
      }
      Thread.sleep(100);
    }
    // then the load ran while the page polled, and every poll and the second upload answered at
    // once
    assertThat(progress).contains("\"outcome\":\"LOADED\"");
    assertThat(phasesWhileRunning).anyMatch(phase -> !phase.equals("排队"));
    assertThat(second).as("an upload sent while the load ran").isNotNull();
    assertThat(Duration.ofMillis(secondUploadMillis)).isLessThan(AT_ONCE);
    assertThat(pollMillis.stream().mapToLong(Long::longValue).max().orElseThrow())
        .isLessThan(AT_ONCE.toMillis());
    System.out.printf(
        "polls while loading: %d, slowest %d ms; second upload answered in %d ms%n",
        pollMillis.size(),
        pollMillis.stream().mapToLong(Long::longValue).max().orElseThrow(),
        secondUploadMillis);
    // and the second file is loaded after the first, not lost
    String last = "";
    while (!last.contains("\"done\":true") && System.nanoTime() < until) {
      last = poll(second);
      Thread.sleep(100);
    }
    assertThat(last).contains("\"outcome\":\"LOADED\"");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class))
        .isEqualTo(ROWS + 1L);
  }

  private String upload(String name, String csv) throws Exception {
    return mvc.perform(
            multipart("/petitions/upload")
                .file(
                    new MockMultipartFile(
                        "file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(analyst())
                .with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString()
        .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  private String poll(String token) throws Exception {
    return mvc.perform(get("/petitions/upload/" + token).with(analyst()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static RequestPostProcessor analyst() {
    return user(
        new DoudiUser(
            new Account("analyst1", "x", Role.ANALYST, null, "分析员", null, true, 0, null), false));
  }
}
