package org.doudi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's charts keep small series visible and mark impossible rates. */
class ChartPainterTest {

  private static final Color BLUE = new Color(0x4A, 0x6F, 0xA5);
  private static final Color PALE = new Color(0xA9, 0xBF, 0xDD);

  @Test
  void aRateAbove100PercentIsDrawnInRedAndOnlyThen() {
    // given: December's handled count exceeds its total (157 %), November's does not
    ChartPainter.Panel over =
        new ChartPainter.Panel(
            "信访事项", "件", series("信访事项数", BLUE, 1400, 7), series("信访已处置到位数", PALE, 1000, 11));
    ChartPainter.Panel fine =
        new ChartPainter.Panel(
            "信访事项", "件", series("信访事项数", BLUE, 1400, 11), series("信访已处置到位数", PALE, 1000, 7));

    // when
    BufferedImage marked = ChartPainter.panels(List.of("11月", "12月"), List.of(over), 460, 150);
    BufferedImage plain = ChartPainter.panels(List.of("11月", "12月"), List.of(fine), 460, 150);

    // then
    assertThat(count(marked, ChartPainter.ALERT)).isGreaterThan(20);
    assertThat(count(plain, ChartPainter.ALERT)).isZero();
  }

  @Test
  void eachPanelHasItsOwnAxisSoElevenCluesAreNotFlattenedByPetitions() {
    // given: about 11 clues and 1,400 petitions a month
    ChartPainter.Panel clues =
        new ChartPainter.Panel(
            "问题线索", "条", series("问题线索数", BLUE, 11, 12), series("线索已处置到位数", PALE, 9, 10));
    ChartPainter.Panel petitions =
        new ChartPainter.Panel(
            "信访事项",
            "件",
            series("信访事项数", Color.RED, 1400, 1380),
            series("信访已处置到位数", Color.PINK, 1000, 990));

    // when
    BufferedImage image =
        ChartPainter.panels(List.of("11月", "12月"), List.of(clues, petitions), 460, 300);

    // then: the clue bars fill a good part of their own panel (on the petitions' axis of 1,500
    // they would be a few pixels high): well over 5,000 of the upper panel's pixels are theirs
    BufferedImage upper = image.getSubimage(0, 0, image.getWidth(), image.getHeight() / 2);
    assertThat(count(upper, BLUE)).isGreaterThan(5000);
  }

  private static ChartPainter.Series series(String name, Color color, long... values) {
    return new ChartPainter.Series(
        name, color, java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
  }

  private static int count(BufferedImage image, Color color) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == color.getRGB()) {
          n++;
        }
      }
    }
    return n;
  }
}
