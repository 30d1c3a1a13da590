package org.doudi.reports.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Writes filled reports to bytes: several prints become one PDF (each keeping its own page size),
 * or one workbook with a sheet per print whose figures are numeric cells.
 */
public final class ReportExport {

  private ReportExport() {}

  /** Exports the prints, in order, to one document of the format. */
  public static byte[] export(
      List<JasperPrint> prints, List<String> sheetNames, ReportFormat format, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      switch (format) {
        case PDF -> {
          JRPdfExporter exporter = new JRPdfExporter();
          exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
          exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
          SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
          configuration.setMetadataTitle(title);
          configuration.setMetadataAuthor("兜底");
          configuration.setMetadataCreator("doudi");
          configuration.setDisplayMetadataTitle(true);
          configuration.setCompressed(true);
          exporter.setConfiguration(configuration);
          exporter.exportReport();
        }
        case XLSX -> {
          JRXlsxExporter exporter = new JRXlsxExporter();
          exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
          exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
          SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
          report.setOnePagePerSheet(false);
          report.setDetectCellType(true);
          report.setRemoveEmptySpaceBetweenRows(true);
          report.setRemoveEmptySpaceBetweenColumns(true);
          report.setWhitePageBackground(false);
          report.setSheetNames(sheetNames.toArray(String[]::new));
          exporter.setConfiguration(report);
          SimpleXlsxExporterConfiguration exporterConfiguration =
              new SimpleXlsxExporterConfiguration();
          exporterConfiguration.setMetadataTitle(title);
          exporter.setConfiguration(exporterConfiguration);
          exporter.exportReport();
        }
      }
    } catch (JRException e) {
      throw new IllegalStateException("报告导出失败：" + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
