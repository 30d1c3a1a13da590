package org.doudi.reports.internal;

import java.util.Locale;
import java.util.Optional;

/** The file formats a report is rendered to. */
public enum ReportFormat {
  /** A PDF with the Chinese font embedded: the document to read, print and sign. */
  PDF("pdf", "application/pdf"),
  /** An Excel workbook with the figures as numeric cells, for further work. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String contentType;

  ReportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** Returns the file name ending without the dot, e.g. {@code pdf}. */
  public String extension() {
    return extension;
  }

  /** Returns the MIME type of a file in this format. */
  public String contentType() {
    return contentType;
  }

  /** Returns the format a file name ends in ({@code .pdf}, {@code .xlsx}), if any. */
  public static Optional<ReportFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (lower.endsWith("." + format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
