package org.doudi.dashboard.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class FindingLabelsTest {

  @Test
  void everyRuleTheEngineRunsHasAChineseName() throws Exception {
    // given: the rules as shipped, one SQL file each
    Resource[] files =
        new PathMatchingResourcePatternResolver().getResources("classpath*:sql/findings/*.sql");
    List<String> rules =
        Arrays.stream(files).map(f -> f.getFilename().replaceAll("\\.sql$", "")).toList();
    assertThat(rules).contains("discipline_mismatch", "overdue_complaint");
    // then
    for (String rule : rules) {
      assertThat(FindingLabels.rule(rule)).as(rule).matches(".*\\p{IsHan}.*");
    }
  }

  @Test
  void everyRuleTheEngineRunsSaysWhatItsFiguresAre() throws Exception {
    // given: the rules as shipped, one SQL file each
    Resource[] files =
        new PathMatchingResourcePatternResolver().getResources("classpath*:sql/findings/*.sql");
    List<String> rules =
        Arrays.stream(files).map(f -> f.getFilename().replaceAll("\\.sql$", "")).toList();
    assertThat(rules).contains("paid_after_removal", "registry_mismatch");
    // then: the page and the exports name both figures in the rule's words, not 街镇数值/对照数值
    for (String rule : rules) {
      assertThat(FindingLabels.namesItsFigures(rule)).as(rule).isTrue();
      assertThat(FindingsExport.meaning(rule)).as(rule).doesNotContain("街镇数值");
    }
  }
}
