package org.doudi.warehouse.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.doudi.warehouse.dictionary.SourceColumn;
import org.doudi.warehouse.dictionary.SourceFile;
import org.springframework.core.io.Resource;

/**
 * Reads a sample file simply, for the golden tests only (the real loaders live in etl): .xlsx
 * through POI or CSV in UTF-8 or GBK, the header row found by the column dictionary's labels, each
 * data row as field → text with its line number.
 */
final class SampleSheet {

  /** One data row: its line in the file and its cells by field. */
  record Line(int line, Map<String, String> cells) {
    String get(String field) {
      String value = cells.get(field);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  private SampleSheet() {}

  static List<Line> read(Resource file, SourceFile kind) throws IOException {
    List<List<String>> rows = file.getFilename().endsWith(".csv") ? csv(file) : workbook(file);
    for (int h = 0; h < rows.size(); h++) {
      Map<Integer, String> fields = new HashMap<>();
      List<String> header = rows.get(h);
      for (int c = 0; c < header.size(); c++) {
        int column = c;
        kind.column(header.get(c)).map(SourceColumn::field).ifPresent(f -> fields.put(column, f));
      }
      if (fields.size() >= 3) {
        List<Line> lines = new ArrayList<>();
        for (int r = h + 1; r < rows.size(); r++) {
          Map<String, String> cells = new HashMap<>();
          List<String> row = rows.get(r);
          for (Map.Entry<Integer, String> f : fields.entrySet()) {
            cells.put(f.getValue(), f.getKey() < row.size() ? row.get(f.getKey()) : null);
          }
          if (cells.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
            lines.add(new Line(r + 1, cells));
          }
        }
        return lines;
      }
    }
    throw new IllegalStateException(file.getFilename() + " has no header row of " + kind.title());
  }

  private static List<List<String>> workbook(Resource file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = file.getInputStream();
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
              cells.add(null);
            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && DateUtil.isCellDateFormatted(cell)) {
              cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else {
              cells.add(formatter.formatCellValue(cell));
            }
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static List<List<String>> csv(Resource file) throws IOException {
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("GBK"));
    }
    List<List<String>> rows = new ArrayList<>();
    text.replace("\uFEFF", "").lines().forEach(l -> rows.add(List.of(l.split(",", -1))));
    return rows;
  }
}
