package org.doudi.dashboard.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.doudi.dashboard.DashboardTestBase;
import org.doudi.warehouse.rectification.ProblemList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The problem list's pages: one click from a finding or a complaint, the workflow's steps with
 * their Chinese refusals, the events by name, the list's filters, order and total, and the audit.
 */
class RectificationPagesTest extends DashboardTestBase {

  @Autowired ProblemList problems;

  @BeforeEach
  void emptyList() {
    ProblemListFixture.clear(jdbc);
  }

  @Test
  void aFindingGoesOnTheListOnceAndEachLinksToTheOther() throws Exception {
    // when
    mvc.perform(post("/findings/1/rectification").with(csrf()).with(as("analyst1")))
        .andExpect(status().is3xxRedirection());
    long item = onlyItem();
    mvc.perform(post("/findings/1/rectification").with(csrf()).with(as("analyst1")))
        // then a second click leads to the same item
        .andExpect(redirectedUrl("/rectification/" + item))
        .andExpect(flash().attribute("notice", "该核查发现已列入问题清单，不再重复添加"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM rectification_record", Long.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForMap(
                "SELECT street_code, source, problem_type, description, status, origin_kind, origin_ref"
                    + " FROM rectification_record"))
        .containsEntry("street_code", "changshoulu")
        .containsEntry("source", "核查发现")
        .containsEntry("problem_type", "与纪检数据不一致")
        .containsEntry("description", "长寿路街道2024年12月清退“人情保”人数：统计表5人，报送纪检监察机关6人")
        .containsEntry("status", "整改中")
        .containsEntry("origin_kind", "finding")
        .containsEntry("origin_ref", "1");
    mvc.perform(get("/findings/1").with(as("clerk1")))
        .andExpect(content().string(containsString("已列入问题清单")))
        .andExpect(content().string(containsString("/rectification/" + item)))
        .andExpect(content().string(not(containsString("id=\"to-problem-list\""))));
    mvc.perform(get("/rectification/" + item).with(as("clerk1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/findings/1\"")))
        .andExpect(content().string(containsString("李专班")));
  }

  @Test
  void aStreetPutsItsOwnMoneyFindingOnTheListInOneClick() throws Exception {
    // given a finding of issue 17's checks in 曹杨新村街道
    jdbc.update(
        "INSERT INTO finding_record (id, period, street_code, rule, severity, message, status)"
            + " VALUES (901, '2024-11', 'caoyangxincun', 'paid_after_removal', 'high',"
            + " '曹杨新村街道 李* 2024年11月清退后仍发放 2024-12、2025-01 共 1,600.00 元，应予追回', 'open')");
    try {
      // when
      mvc.perform(post("/findings/901/rectification").with(csrf()).with(as("clerk2")))
          .andExpect(status().is3xxRedirection());
      // then
      assertThat(
              jdbc.queryForMap(
                  "SELECT street_code, row_no, problem_type, description FROM rectification_record"
                      + " WHERE origin_kind = 'finding' AND origin_ref = '901'"))
          .containsEntry("street_code", "caoyangxincun")
          .containsEntry("row_no", 1)
          .containsEntry("problem_type", "清退后仍发放")
          .containsEntry(
              "description", "曹杨新村街道 李* 2024年11月清退后仍发放 2024-12、2025-01 共 1,600.00 元，应予追回");
      mvc.perform(get("/findings/901").with(as("clerk2")))
          .andExpect(content().string(containsString("已列入问题清单")));
      mvc.perform(post("/findings/901/rectification").with(csrf()).with(as("clerk1")))
          .andExpect(status().isNotFound());
    } finally {
      jdbc.update("DELETE FROM finding_record WHERE id = 901");
    }
  }

  @Test
  void aRealNameComplaintGoesOnTheListInItsStreet() throws Exception {
    // when
    mvc.perform(
            post("/petitions/ledger/XF2024120001/rectification").with(csrf()).with(as("analyst1")))
        .andExpect(status().is3xxRedirection());
    // then
    long item = onlyItem();
    assertThat(
            jdbc.queryForMap(
                "SELECT street_code, source, description FROM rectification_record WHERE id = ?",
                item))
        .containsEntry("street_code", "changshoulu")
        .containsEntry("source", "信访举报")
        .containsEntry("description", "实名投诉举报 XF2024120001反映低保中“人情保、关系保”问题");
    mvc.perform(get("/petitions/ledger/XF2024120001").with(as("analyst1")))
        .andExpect(content().string(containsString("已列入问题清单")))
        .andExpect(content().string(containsString("/rectification/" + item)));
    // a case that is not a real-name complaint is not found
    mvc.perform(
            post("/petitions/ledger/XF2024120002/rectification").with(csrf()).with(as("analyst1")))
        .andExpect(status().isNotFound());
    // a street clerk has no complaint ledger
    mvc.perform(
            post("/petitions/ledger/XF2024120003/rectification").with(csrf()).with(as("clerk2")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anIdNumberTypedIntoAnyFieldIsShownMaskedOnThePagesTheJsonAndTheLedger() throws Exception {
    // given an item whose plan names a person by ID number in every free-text field
    long item = ProblemListFixture.item(problems, "changshoulu", "居委会代管卡折未登记", null);
    mvc.perform(
            post("/rectification/" + item + "/plan")
                .param("department", "民政科 310101199001011234")
                .param("responsible", "郭强 310101199001011234")
                .param("measures", "核对 310101199001011234")
                .param("dueDate", "2024-12-20")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已保存整改计划"));
    // when
    String list =
        mvc.perform(get("/rectification").with(as("analyst1")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    String json =
        mvc.perform(get("/api/rectification/" + item).with(as("analyst1")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    // then
    assertThat(list + json).doesNotContain("310101199001011234").contains("民政科 3101**********1234");
  }

  @Test
  void anItemWalksFromInProgressThroughAReturnToAnAcceptedClosure() throws Exception {
    // given
    long item = ProblemListFixture.item(problems, "changshoulu", "居委会代管卡折未登记", null);
    String page = "/rectification/" + item;

    // when the clerk plans, asks for 销号 too early, then reports done with evidence
    mvc.perform(
            post(page + "/plan")
                .param("department", "社会救助所")
                .param("responsible", "郭强")
                .param("measures", "逐户核对并补办登记")
                .param("dueDate", "2024-12-20")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已保存整改计划"));
    mvc.perform(post(page + "/closure").with(csrf()).with(as("clerk1")))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("error", "问题 " + item + " 当前为“整改中”，只有“已整改”的问题可以申请销号"));
    mvc.perform(
            multipart(page + "/rectified")
                .file(
                    new MockMultipartFile(
                        "evidence", "说明.txt", "application/pdf", "不是PDF".getBytes()))
                .param("result", "已补办登记")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(
            flash()
                .attribute("error", "文件“说明.txt”不是 PDF、图片（PNG/JPEG）或 Word 文档（.doc/.docx），不能作为附件"));
    mvc.perform(
            multipart(page + "/rectified")
                .file(
                    new MockMultipartFile(
                        "evidence", "整改报告.pdf", "application/pdf", ProblemListFixture.PDF))
                .param("result", "已补办登记并公示")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已标记为已整改"));
    mvc.perform(post(page + "/closure").with(csrf()).with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已申请销号，等待区工作专班审核"));

    // then the clerk cannot review it, the work team returns it only with a reason
    mvc.perform(post(page + "/accept").with(csrf()).with(as("clerk1")))
        .andExpect(status().isForbidden());
    mvc.perform(post(page + "/return").param("reason", " ").with(csrf()).with(as("analyst1")))
        .andExpect(flash().attribute("error", "退回销号须写明理由"));
    mvc.perform(post(page + "/return").param("reason", "缺少本人同意书").with(csrf()).with(as("analyst1")))
        .andExpect(flash().attribute("notice", "已退回销号申请"));
    mvc.perform(get(page).with(as("clerk1")))
        .andExpect(content().string(containsString("已整改（销号被退回）")))
        .andExpect(content().string(containsString("缺少本人同意书")))
        .andExpect(content().string(containsString("id=\"plan-form\"")));

    // when the clerk fixes it and asks again, the work team accepts
    mvc.perform(
            post(page + "/plan")
                .param("department", "社会救助所")
                .param("responsible", "郭强")
                .param("measures", "逐户核对、补办登记并取得本人同意书")
                .param("dueDate", "2024-12-20")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已保存整改计划"));
    mvc.perform(post(page + "/closure").with(csrf()).with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已申请销号，等待区工作专班审核"));
    mvc.perform(post(page + "/accept").with(csrf()).with(as("analyst1")))
        .andExpect(flash().attribute("notice", "销号审核通过"));
    mvc.perform(post(page + "/accept").with(csrf()).with(as("analyst1")))
        .andExpect(flash().attribute("error", "问题 " + item + " 没有待审核的销号申请"));

    // then
    mvc.perform(get("/api/rectification/" + item).with(as("clerk1")))
        .andExpect(jsonPath("$.item.status").value("已销号"))
        .andExpect(jsonPath("$.item.review").value("已确认"))
        .andExpect(jsonPath("$.item.measures").value("逐户核对、补办登记并取得本人同意书"))
        .andExpect(jsonPath("$.evidence[0].fileName").value("整改报告.pdf"))
        .andExpect(jsonPath("$.evidence[0].path").doesNotExist())
        .andExpect(
            jsonPath("$.events[*].what")
                .value(
                    org.hamcrest.Matchers.contains(
                        "列入问题清单", "修改整改计划", "整改完成", "上传佐证材料", "申请销号", "销号退回", "修改整改计划", "申请销号",
                        "销号审核通过")))
        .andExpect(jsonPath("$.events[2].who").value("周敏"))
        .andExpect(jsonPath("$.events[2].change").value("整改中 → 已整改"))
        .andExpect(jsonPath("$.events[5].note").value("销号退回：缺少本人同意书"));
    assertThat(
            jdbc.queryForList(
                "SELECT username || ' ' || action || ' ' || outcome FROM audit_log"
                    + " WHERE action LIKE 'rectification_%' AND target = ? ORDER BY id",
                String.class, "问题 " + item))
        .containsExactly(
            "clerk1 rectification_revised ok",
            "clerk1 rectification_closure_requested refused",
            "clerk1 rectification_rectified refused",
            "clerk1 rectification_rectified ok",
            "clerk1 rectification_closure_requested ok",
            "analyst1 rectification_returned refused",
            "analyst1 rectification_returned ok",
            "clerk1 rectification_revised ok",
            "clerk1 rectification_closure_requested ok",
            "analyst1 rectification_accepted ok",
            "analyst1 rectification_accepted refused");
  }

  @Test
  void theListFiltersSortsByDueDateAndStatesItsTotal() throws Exception {
    // given
    long late =
        ProblemListFixture.item(problems, "changshoulu", "公示不到位", LocalDate.of(2024, 12, 31));
    long early =
        ProblemListFixture.item(problems, "changshoulu", "卡折未登记", LocalDate.of(2024, 12, 1));
    long other =
        ProblemListFixture.item(problems, "caoyangxincun", "优亲厚友", LocalDate.of(2024, 12, 15));
    long undated = ProblemListFixture.item(problems, null, "区级制度不健全", null);

    // when / then: by due date, undated last
    mvc.perform(get("/rectification").with(as("analyst1")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共 4 条，当前第 1–4 条（第 1/1 页）")))
        .andExpect(model().attribute("items", itemNos(early, other, late, undated)));
    mvc.perform(get("/rectification").param("street", "caoyangxincun").with(as("leader1")))
        .andExpect(model().attribute("items", itemNos(other)));
    mvc.perform(get("/rectification").param("street", "district").with(as("analyst1")))
        .andExpect(model().attribute("items", itemNos(undated)));
    mvc.perform(get("/rectification").param("q", "卡折").with(as("analyst1")))
        .andExpect(model().attribute("items", itemNos(early)));
    mvc.perform(get("/rectification").param("overdue", "true").with(as("analyst1")))
        .andExpect(model().attribute("items", itemNos(early, other, late)));
    mvc.perform(get("/rectification").param("kind", "finding").with(as("analyst1")))
        .andExpect(content().string(containsString("共 0 条")));
    mvc.perform(get("/rectification").param("state", "整改中").with(as("clerk1")))
        .andExpect(model().attribute("items", itemNos(early, late)))
        .andExpect(content().string(not(containsString("优亲厚友"))));
  }

  @Test
  void anEvidenceFileLargerThanTwentyMegabytesIsRefusedBeforeItIsRead() throws Exception {
    // given
    long item = ProblemListFixture.item(problems, "changshoulu", "公示不到位", null);
    // when
    mvc.perform(
            multipart("/rectification/" + item + "/rectified")
                .file(
                    new MockMultipartFile(
                        "evidence", "扫描件.pdf", "application/pdf", ProblemListFixture.PDF))
                .param("result", "已公示")
                .header("Content-Length", 25L * 1024 * 1024)
                .with(csrf())
                .with(as("clerk1")))
        // then
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.messages[0]").value("文件大小约 25.0 MB，超过本页上限 20.0 MB，未上传；请检查是否选错了文件"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM evidence_file", Long.class)).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM rectification_record WHERE id = ?", String.class, item))
        .isEqualTo("整改中");
  }

  @Test
  void leadersReadButChangeNothing() throws Exception {
    // given
    long item = ProblemListFixture.item(problems, "changshoulu", "公示不到位", null);
    // when / then
    mvc.perform(get("/rectification/" + item).with(as("leader1")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"actions\""))));
    mvc.perform(
            post("/rectification/" + item + "/plan")
                .param("measures", "x")
                .with(csrf())
                .with(as("leader1")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/rectification").param("description", "x").with(csrf()).with(as("leader1")))
        .andExpect(status().isForbidden());
  }

  @Test
  void changesNeedTheCsrfToken() throws Exception {
    long item = ProblemListFixture.item(problems, "changshoulu", "公示不到位", null);
    mvc.perform(post("/rectification/" + item + "/closure").with(as("clerk1")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/findings/1/rectification").with(as("analyst1")))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM rectification_record", Long.class))
        .isEqualTo(1);
  }

  @Test
  void aClerkPutsAProblemOfTheOwnStreetOnTheListByHandAndTheWorkTeamAClue() throws Exception {
    // when: a clerk naming another street still adds to the own one
    mvc.perform(
            post("/rectification")
                .param("street", "caoyangxincun")
                .param("source", "自查自纠")
                .param("description", "低保公示栏未更新")
                .param("dueDate", "2024-12-20")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(flash().attribute("notice", "已列入问题清单"));
    mvc.perform(
            post("/rectification")
                .param("street", "changshoulu")
                .param("description", "群众反映某居委干部亲属违规享受低保")
                .param("clue", "XS-2024-07")
                .with(csrf())
                .with(as("analyst1")))
        .andExpect(flash().attribute("notice", "已列入问题清单"));
    mvc.perform(
            post("/rectification")
                .param("description", "x")
                .param("dueDate", "下月底")
                .with(csrf())
                .with(as("clerk1")))
        .andExpect(redirectedUrl("/rectification/new"))
        .andExpect(flash().attribute("error", "整改时限“下月底”不是日期，请写作 2024-12-31"));

    // then
    assertThat(
            jdbc.queryForList(
                "SELECT street_code || ' ' || row_no || ' ' || source || ' ' || origin_kind"
                    + " || ' ' || coalesce(origin_ref, '-') FROM rectification_record ORDER BY id",
                String.class))
        .containsExactly("changshoulu 1 自查自纠 manual -", "changshoulu 2 核查发现 clue XS-2024-07");
  }

  private long onlyItem() {
    return jdbc.queryForObject("SELECT id FROM rectification_record", Long.class);
  }

  private static org.hamcrest.Matcher<Object> itemNos(long... expected) {
    return new org.hamcrest.TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(Object items) {
        List<Long> actual = ((List<?>) items).stream().map(i -> ((ProblemRow) i).itemNo()).toList();
        return actual.equals(java.util.Arrays.stream(expected).boxed().toList());
      }

      @Override
      public void describeTo(org.hamcrest.Description description) {
        description.appendText("items " + java.util.Arrays.toString(expected));
      }
    };
  }
}
