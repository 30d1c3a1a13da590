package org.doudi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Report text is broken into lines by the rules of Chinese typesetting. */
class ChineseLinesTest {

  private static final String PARAGRAPH =
      "对象认定方面，本期清退“人情保”23人、“关系保”22人、“政策保”13人、“三无”特困9人，合计清退67人，"
          + "较上月增加23人（+52.3%）；追回资金合计156,416.25元，较上月增加38,831.25元（+33.0%）。"
          + "纠正以“单人保”代替“整户保”问题，新纳入低保15人。";

  @Test
  void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningOne() {
    // when: every width from very narrow to a full page
    for (float width = 60; width <= 460; width += 7) {
      List<String> lines = ChineseLines.wrap(PARAGRAPH, 12f, false, width, 2).lines().toList();

      // then
      for (String line : lines.subList(1, lines.size())) {
        assertThat(ChineseLines.NO_START.indexOf(line.charAt(0)))
            .as("width %s, line “%s”", width, line)
            .isNegative();
      }
      for (String line : lines) {
        assertThat(ChineseLines.NO_END.indexOf(line.charAt(line.length() - 1)))
            .as("width %s, line “%s”", width, line)
            .isNegative();
      }
      assertThat(String.join("", lines)).isEqualTo("\u3000\u3000" + PARAGRAPH);
    }
  }

  @Test
  void numbersStayWholeAndNoParagraphEndsWithALoneCharacter() {
    // when
    for (float width = 80; width <= 460; width += 5) {
      List<String> lines = ChineseLines.wrap(PARAGRAPH, 12f, false, width, 2).lines().toList();
      List<String> heading =
          ChineseLines.wrap("四、核查发现与报送情况", 14f, true, width / 3, 0).lines().toList();

      // then
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("38,831.25"));
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("+33.0%"));
      assertThat(lines.get(lines.size() - 1).length()).as("width %s", width).isGreaterThan(1);
      assertThat(heading.get(heading.size() - 1).length()).as("width %s", width).isGreaterThan(1);
    }
  }

  @Test
  void linesFitTheWidthTheyAreBrokenFor() {
    // when
    String wrapped = ChineseLines.wrap(PARAGRAPH, 12f, false, 460f, 2);

    // then: 12-point characters, 460 points: about 37 a line (more with digits), the first indented
    List<String> lines = wrapped.lines().toList();
    assertThat(lines).hasSizeBetween(4, 5);
    assertThat(lines.get(0)).startsWith("\u3000\u3000");
    assertThat(lines.get(0).length()).isBetween(35, 42);
  }
}
