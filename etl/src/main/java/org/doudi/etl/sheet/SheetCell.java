package org.doudi.etl.sheet;

import java.time.LocalDate;

/**
 * One cell as the readers see it, whatever the file format.
 *
 * @param ref where it is, as a person finds it: {@code Sheet1!K6} or {@code 第3行“街镇”列}
 * @param text its text as shown (a number's plain digits), never null
 * @param number its numeric value when the cell holds a number (or a formula's cached number)
 * @param date its date when the cell holds a date
 */
public record SheetCell(String ref, String text, Double number, LocalDate date) {

  /** Returns a text cell. */
  public static SheetCell text(String ref, String text) {
    return new SheetCell(ref, text == null ? "" : text, null, null);
  }

  /** Returns whether the cell shows nothing. */
  public boolean blank() {
    return number == null && date == null && text.isBlank();
  }
}
