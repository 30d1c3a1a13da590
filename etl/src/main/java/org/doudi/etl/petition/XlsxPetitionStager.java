package org.doudi.etl.petition;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.doudi.etl.fileload.LoadProgress;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an .xlsx petition export row by row (SAX, never the whole workbook)
 * into UTF-8 CSV. Date cells become ISO text; a number as large as an ID number is written in full
 * so that the load can flag it as an ID that Excel kept as a number.
 */
final class XlsxPetitionStager {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private XlsxPetitionStager() {}

  /** How many times its size a workbook may inflate to: POI's own zip-bomb ratio. */
  static final long MAX_INFLATION = 100;

  static Utf8CsvFile stage(Path source, Path target, LoadProgress progress)
      throws IOException, PetitionFileRejectedException {
    refuseBomb(source);
    try (OPCPackage pkg = OPCPackage.open(source.toFile(), PackageAccess.READ);
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
                1 << 16)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new PetitionFileRejectedException("工作簿没有工作表");
      }
      RowWriter rows = new RowWriter(out, progress);
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(styles, null, strings, rows, new CellText(), false));
        parser.parse(new InputSource(sheet));
      } catch (RowsRejected e) {
        throw e.rejection;
      }
      if (rows.columns == null) {
        throw new PetitionFileRejectedException("第 1 行：工作表为空，没有表头");
      }
      progress.update("读取", rows.rows, 60);
      return new Utf8CsvFile(target, ',', rows.columns, rows.rows, "xlsx");
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | IOException
        | RuntimeException e) {
      // POI's own words are English and may name the server's folders: say it plainly instead
      if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        throw new PetitionFileRejectedException("文件压缩比异常（疑似“压缩炸弹”），已拒收");
      }
      throw new PetitionFileRejectedException(
          "无法作为 .xlsx 工作簿打开，文件可能已损坏或不完整（上传中断？）；请用 Excel 或 WPS 打开后重新保存再导入");
    }
  }

  /**
   * Inflates the workbook's entries once, counting, and refuses it as soon as they pass the ratio:
   * a zip bomb costs at most that many times its size before anything is built from it.
   */
  private static void refuseBomb(Path source) throws IOException, PetitionFileRejectedException {
    long limit = Math.max(10L << 20, Files.size(source) * MAX_INFLATION);
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream raw = Files.newInputStream(source);
        java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(raw)) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > limit) {
            throw new PetitionFileRejectedException("文件压缩比异常（疑似“压缩炸弹”），已拒收");
          }
        }
      }
    } catch (IOException e) {
      // not a zip, or a broken one: POI says which, in the words below
    }
  }

  /** Formats cells as the load reads them: dates as ISO text, big whole numbers in full. */
  private static final class CellText extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime time = DateUtil.getLocalDateTime(value);
        return time.format(ISO);
      }
      if (Math.abs(value) >= 1e9 && value == Math.rint(value)) {
        // Excel keeps 15 significant digits: write what the user saw, not binary noise
        return BigDecimal.valueOf(value).round(new java.math.MathContext(15)).toPlainString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /** Carries a header rejection out of the SAX parser. */
  private static final class RowsRejected extends RuntimeException {
    private final PetitionFileRejectedException rejection;

    RowsRejected(PetitionFileRejectedException rejection) {
      super(rejection.getMessage(), null, false, false);
      this.rejection = rejection;
    }
  }

  private static final class RowWriter implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Writer out;
    private final LoadProgress progress;
    private final List<String> cells = new ArrayList<>();
    private List<PetitionColumn> columns;
    private long rows;

    RowWriter(Writer out, LoadProgress progress) {
      this.out = out;
      this.progress = progress;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(
        String ref, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment c) {
      int col = ref == null ? cells.size() : new CellReference(ref).getCol();
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(String::isBlank)) {
        return;
      }
      try {
        if (columns == null) {
          columns = new ArrayList<>(PetitionFileStager.mapHeader(cells));
          out.write("_line");
          for (String cell : cells) {
            out.write(',');
            writeField(cell);
          }
          out.write('\n');
          return;
        }
        out.write(Integer.toString(rowNum + 1));
        for (int i = 0; i < columns.size(); i++) {
          out.write(',');
          writeField(i < cells.size() ? cells.get(i) : "");
        }
        out.write('\n');
        rows++;
        if (rows % 50_000 == 0) {
          progress.update("读取", rows, 30);
        }
      } catch (PetitionFileRejectedException e) {
        throw new RowsRejected(e);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private void writeField(String value) throws IOException {
      out.write('"');
      out.write(value.replace("\"", "\"\""));
      out.write('"');
    }
  }
}
