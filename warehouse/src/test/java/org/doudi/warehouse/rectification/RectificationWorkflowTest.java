package org.doudi.warehouse.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.doudi.warehouse.campaign.CampaignTestConfiguration;
import org.doudi.warehouse.dictionary.StreetAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The problem list's workflow on a real warehouse: sources, transitions, events, evidence, scope.
 */
@SpringJUnitConfig(CampaignTestConfiguration.class)
class RectificationWorkflowTest {

  @TempDir static Path warehouse;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("doudi.warehouse.path", () -> warehouse.resolve("doudi.duckdb").toString());
  }

  private static final StreetAccess WORK_TEAM = StreetAccess.all();
  private static final StreetAccess WANLI = StreetAccess.of("wanli");
  private static final StreetAccess CHANGSHOULU = StreetAccess.of("changshoulu");
  private static final byte[] PDF = "%PDF-1.4\n整改报告\n%%EOF".getBytes(StandardCharsets.UTF_8);
  private static final NewItem BLANK =
      new NewItem(null, null, "卡折代管", null, "社会救助所", "郭强", "补办代管登记", LocalDate.of(2024, 12, 20));

  @Autowired JdbcTemplate jdbc;
  @Autowired RectificationWorkflow workflow;
  @Autowired ProblemList problems;
  @Autowired RectificationQueries queries;
  @Autowired LedgerRepository ledgers;
  @Autowired SummaryReports reports;

  long findingId;

  @BeforeEach
  void clear() {
    for (String table :
        List.of(
            "rectification_event",
            "rectification_record",
            "evidence_file",
            "finding_record",
            "summary_report_file")) {
      jdbc.execute("DELETE FROM " + table);
    }
    findingId =
        jdbc.queryForObject(
            "INSERT INTO finding_record (period, street_code, rule, severity, message)"
                + " VALUES ('2024-11', 'wanli', 'custody_without_consent', 'high',"
                + " '万里街道 2024年11月 登记的卡折代管中有 1 件未经同意') RETURNING id",
            Long.class);
  }

  @Test
  void twentyClicksAtOnceOnOneFindingMakeOneItem() throws Exception {
    // given
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(20);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Object>> clicks = new java.util.ArrayList<>();
    // when
    for (int i = 0; i < 20; i++) {
      clicks.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return problems.createFromFinding(WORK_TEAM, findingId, BLANK, "zhuanban");
                } catch (RectificationException already) {
                  return already.getMessage();
                }
              }));
    }
    start.countDown();
    List<Object> answers = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<Object> click : clicks) {
      answers.add(click.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();
    // then: one item; the other nineteen are told which
    Long items =
        jdbc.queryForObject(
            "SELECT count(*) FROM rectification_record WHERE origin_kind = 'finding'", Long.class);
    assertThat(items).isEqualTo(1);
    assertThat(answers.stream().filter(a -> a instanceof Long)).hasSize(1);
    assertThat(answers.stream().filter(a -> a instanceof String))
        .hasSize(19)
        .allMatch(a -> ((String) a).startsWith("该来源已列入问题清单"));
  }

  @Test
  void aClueNamesNoIdNumberAndIsOnTheListOncePerStreet() {
    // given
    String clue = "线索 310101199001011234";
    // when
    long wanli =
        problems.createFromClue(
            StreetAccess.of("wanli"),
            clue,
            new NewItem("wanli", null, null, "问题", null, null, null, null),
            "wl");
    long changshoulu =
        problems.createFromClue(
            StreetAccess.of("changshoulu"),
            clue,
            new NewItem("changshoulu", null, null, "问题", null, null, null, null),
            "csl");
    // then: two streets' items, neither refused by the other's, the reference masked
    assertThat(wanli).isNotEqualTo(changshoulu);
    assertThat(
            jdbc.queryForList(
                "SELECT origin_ref FROM rectification_record WHERE origin_kind = 'clue'",
                String.class))
        .containsOnly("线索 3101**********1234");
  }

  @Test
  void itemFromAFindingWalksToAnAcceptedClosureWithEvidenceAndAnEventForEveryChange()
      throws Exception {
    // given
    long item = problems.createFromFinding(WORK_TEAM, findingId, BLANK, "zhuanban");

    // when
    workflow.rectified(WANLI, item, "已收回卡折并补办登记", "整改报告.pdf", PDF, "wanli-clerk");
    workflow.requestClosure(WANLI, item, "wanli-clerk");
    workflow.accept(WORK_TEAM, item, "zhuanban");

    // then
    RectificationItem closed = queries.require(WORK_TEAM, item);
    assertThat(closed.streetCode()).isEqualTo("wanli");
    assertThat(closed.source()).isEqualTo("核查发现");
    assertThat(closed.description()).isEqualTo("万里街道 2024年11月 登记的卡折代管中有 1 件未经同意");
    assertThat(closed.status()).isEqualTo("已销号");
    assertThat(closed.review()).isEqualTo("已确认");
    assertThat(closed.closedDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(queries.events(WORK_TEAM, item))
        .extracting(
            e ->
                e.actor()
                    + " "
                    + e.action()
                    + " "
                    + e.fromStatus()
                    + "→"
                    + e.toStatus()
                    + " "
                    + e.note())
        .containsExactly(
            "zhuanban created null→整改中 由核查发现 " + findingId + " 列入问题清单",
            "wanli-clerk rectified 整改中→已整改 整改成效：已收回卡折并补办登记",
            "wanli-clerk evidence 已整改→已整改 上传佐证材料：整改报告.pdf",
            "wanli-clerk closure_requested 已整改→已销号 申请销号，待区工作专班审核",
            "zhuanban accepted 已销号→已销号 销号审核通过（已确认）");
    assertThat(queries.itemsFor(WORK_TEAM, SourceKind.FINDING, String.valueOf(findingId)))
        .extracting(RectificationItem::itemNo)
        .containsExactly(item);
    StoredFile evidence = queries.evidence(WANLI, item).get(0);
    assertThat(evidence.contentType()).isEqualTo("application/pdf");
    assertThat(evidence.path())
        .startsWith(warehouse.resolve("evidence").resolve(String.valueOf(item)));
    assertThat(Files.readAllBytes(evidence.path())).isEqualTo(PDF);
    assertThatThrownBy(() -> problems.createFromFinding(WORK_TEAM, findingId, BLANK, "zhuanban"))
        .hasMessage("该来源已列入问题清单（编号 " + item + "）");
  }

  @Test
  void aReturnedClosureGoesBackToRectifiedWithItsReason() {
    // given
    long item = problems.create(WANLI, withStreet("wanli", "居委会代管卡折未登记"), "wanli-clerk");
    workflow.rectified(
        WANLI, item, "已登记", "照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, "wanli-clerk");
    workflow.requestClosure(WANLI, item, "wanli-clerk");

    // when
    workflow.returnClosure(WORK_TEAM, item, "佐证材料不足，缺少本人同意书", "zhuanban");

    // then
    RectificationItem returned = queries.require(WANLI, item);
    assertThat(returned.status()).isEqualTo("已整改");
    assertThat(returned.review()).isEqualTo("退回");
    assertThat(returned.reviewReason()).isEqualTo("佐证材料不足，缺少本人同意书");
    assertThat(returned.closedDate()).isNull();
    assertThat(returned.rowNo()).isEqualTo(1);
    assertThat(queries.events(WANLI, item).get(4).note()).isEqualTo("销号退回：佐证材料不足，缺少本人同意书");
  }

  @Test
  void thePlanIsRevisedWhileInProgressOrReturnedAndFrozenOnceReportedDone() {
    // given
    long item = problems.create(WANLI, withStreet("wanli", "居委会代管卡折未登记"), "wanli-clerk");

    // when
    workflow.revise(
        WANLI, item, "社会救助所", "郭强", "逐户核对并补办登记", LocalDate.of(2024, 12, 25), "wanli-clerk");

    // then
    RectificationItem revised = queries.require(WANLI, item);
    assertThat(revised.measures()).isEqualTo("逐户核对并补办登记");
    assertThat(revised.dueDate()).isEqualTo(LocalDate.of(2024, 12, 25));
    assertThat(queries.events(WANLI, item).get(1).note())
        .isEqualTo("整改措施：补办代管登记 → 逐户核对并补办登记；整改时限：2024-12-20 → 2024-12-25");
    assertThatThrownBy(() -> workflow.revise(CHANGSHOULU, item, null, null, "x", null, "csl"))
        .hasMessage("问题清单中没有编号为 " + item + " 的问题");

    workflow.rectified(WANLI, item, "已登记", "a.pdf", PDF, "wanli-clerk");
    assertThatThrownBy(() -> workflow.revise(WANLI, item, null, null, "再改", null, "wanli-clerk"))
        .hasMessage("问题 " + item + " 当前为“已整改”，只有整改中或销号被退回的问题可以修改整改计划");

    workflow.requestClosure(WANLI, item, "wanli-clerk");
    workflow.returnClosure(WORK_TEAM, item, "措施不具体", "zhuanban");
    workflow.revise(
        WANLI, item, "社会救助所", "郭强", "逐户核对、补办登记并公示", LocalDate.of(2024, 12, 25), "wanli-clerk");
    assertThat(queries.require(WANLI, item).measures()).isEqualTo("逐户核对、补办登记并公示");
  }

  @Test
  void aStreetSeesAndChangesOnlyItsOwnItemsAndCannotReviewAClosure() {
    // given
    long item = problems.create(WORK_TEAM, withStreet("wanli", "公示不到位"), "zhuanban");

    // then
    assertThat(queries.items(CHANGSHOULU)).isEmpty();
    assertThat(queries.items(WANLI)).extracting(RectificationItem::itemNo).containsExactly(item);
    assertThatThrownBy(() -> queries.events(CHANGSHOULU, item))
        .hasMessage("问题清单中没有编号为 " + item + " 的问题");
    assertThatThrownBy(() -> workflow.rectified(CHANGSHOULU, item, "已公示", "a.pdf", PDF, "csl"))
        .hasMessage("问题清单中没有编号为 " + item + " 的问题");
    assertThatThrownBy(() -> problems.create(CHANGSHOULU, withStreet("wanli", "越权"), "csl"))
        .hasMessage("只能在本街镇的问题清单中添加问题");
    workflow.rectified(WANLI, item, "已公示", "a.pdf", PDF, "wanli-clerk");
    workflow.requestClosure(WANLI, item, "wanli-clerk");
    assertThatThrownBy(() -> workflow.accept(WANLI, item, "wanli-clerk"))
        .hasMessage("销号审核由区工作专班进行，街镇账户不能审核");
  }

  @Test
  void evidenceMustBeAPdfAnImageOrAWordDocumentAndClosureNeedsEvidence() {
    // given
    long item = problems.create(WANLI, withStreet("wanli", "审核把关不严"), "wanli-clerk");

    // then
    assertThatThrownBy(
            () ->
                workflow.rectified(
                    WANLI, item, "已整改", "病毒.exe", "MZ…".getBytes(StandardCharsets.UTF_8), "w"))
        .hasMessage("文件“病毒.exe”不是 PDF、图片（PNG/JPEG）或 Word 文档（.doc/.docx），不能作为附件");
    assertThat(queries.require(WANLI, item).status()).as("nothing half-done").isEqualTo("整改中");
    workflow.rectified(WANLI, item, "已整改", null, null, "w");
    assertThatThrownBy(() -> workflow.requestClosure(WANLI, item, "w"))
        .hasMessage("问题 " + item + " 尚无佐证材料，不能申请销号");
  }

  @Test
  void aLedgerRowCarryingTheItemNumberUpdatesThatItemAndAnotherStreetsNumberIsRefused() {
    // given
    long item = problems.create(WORK_TEAM, withStreet("wanli", "公示不到位"), "zhuanban");
    long other = problems.create(WORK_TEAM, withStreet("taopuzhen", "审核不严"), "zhuanban");
    LedgerRow row =
        new LedgerRow(
            3,
            7,
            item,
            "核查发现",
            "公示公开",
            "公示不到位",
            "社会救助所",
            "郭强",
            "补充公示",
            LocalDate.of(2024, 12, 20),
            "已公示",
            "已整改",
            null);

    // when
    ledgers.write(WANLI, "wanli", List.of(row), null, "wanli-clerk");

    // then
    RectificationItem updated = queries.require(WANLI, item);
    assertThat(updated.rowNo()).isEqualTo(7);
    assertThat(updated.status()).isEqualTo("已整改");
    assertThat(queries.items(WANLI)).hasSize(1);
    assertThatThrownBy(
            () ->
                ledgers.write(
                    WANLI,
                    "wanli",
                    List.of(
                        new LedgerRow(
                            4, 8, other, "核查发现", null, "审核不严", null, null, null, null, null, "整改中",
                            null)),
                    null,
                    "wanli-clerk"))
        .hasMessage("第 4 行：整改编号 " + other + " 不是本街镇台账中的问题");
    assertThatThrownBy(() -> ledgers.write(WANLI, "taopuzhen", List.of(row), null, "wanli-clerk"))
        .hasMessage("只能导入本街镇的整改台账");
  }

  @Test
  void eachStreetAttachesItsOwnSummaryReportAndTheWorkTeamListsTheLatest() {
    // given
    reports.attach(WANLI, "wanli", "自查自纠总结（初稿）.pdf", PDF, "wanli-clerk");
    reports.attach(WANLI, "wanli", "自查自纠总结.pdf", PDF, "wanli-clerk");
    reports.attach(CHANGSHOULU, "changshoulu", "总结报告.docx", new byte[] {'P', 'K', 3, 4, 0}, "csl");

    // then
    assertThat(reports.list(WORK_TEAM, false))
        .extracting(f -> f.owner() + " " + f.fileName() + " " + f.contentType())
        .containsExactly(
            "changshoulu 总结报告.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "wanli 自查自纠总结.pdf application/pdf");
    assertThat(reports.list(WANLI, true))
        .hasSize(2)
        .extracting(StoredFile::owner)
        .containsOnly("wanli");
    assertThatThrownBy(() -> reports.attach(WANLI, "changshoulu", "x.pdf", PDF, "wanli-clerk"))
        .hasMessage("只能上传本街镇的自查自纠工作总结报告");
  }

  private static NewItem withStreet(String street, String description) {
    return new NewItem(
        street,
        null,
        BLANK.problemType(),
        description,
        BLANK.department(),
        BLANK.responsible(),
        BLANK.measures(),
        BLANK.dueDate());
  }
}
