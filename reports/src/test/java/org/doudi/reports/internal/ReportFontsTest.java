package org.doudi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

  @Test
  void fontExtensionProvidesNotoSansScEmbeddedWithIdentityH() {
    // given
    FontUtil fonts = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());

    // when
    FontInfo info = fonts.getFontInfo(ReportFonts.FAMILY, Locale.CHINA);

    // then
    assertThat(info).as("font extension provides %s", ReportFonts.FAMILY).isNotNull();
    FontFamily family = info.getFontFamily();
    assertThat(family.getNormalFace().getTtf()).isEqualTo(ReportFonts.REGULAR);
    assertThat(family.getBoldFace().getTtf()).isEqualTo(ReportFonts.BOLD);
    assertThat(family.isPdfEmbedded()).isTrue();
    assertThat(family.getPdfEncoding()).isEqualTo("Identity-H");
    Font awt = fonts.getAwtFontFromBundles(ReportFonts.FAMILY, Font.PLAIN, 10f, Locale.CHINA, true);
    assertThat(awt).isNotNull();
    assertThat(awt.canDisplayUpTo("关于开展社会救助“人情保”“关系保”问题的情况报告")).isEqualTo(-1);
  }

  @Test
  void chartFontDrawsChinese() {
    // when
    Font font = ChartPainter.font();

    // then
    assertThat(font.canDisplayUpTo("清退人数（人）各月问题线索")).isEqualTo(-1);
  }

  @Test
  void missingFontsAreNotIgnored() {
    // when
    String ignore =
        DefaultJasperReportsContext.getInstance()
            .getProperty("net.sf.jasperreports.awt.ignore.missing.font");

    // then
    assertThat(ignore).isEqualTo("false");
  }
}
