package org.doudi.reports.internal;

/** Names the Chinese font the reports embed, as shipped in the font extension. */
public final class ReportFonts {

  /** The font family every template uses. */
  public static final String FAMILY = "Noto Sans SC";

  /** The regular face on the classpath. */
  public static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";

  /** The bold face on the classpath. */
  public static final String BOLD = "fonts/NotoSansSC-Bold.ttf";

  private ReportFonts() {}
}
