package org.doudi.warehouse.load;

/**
 * A writer refused a file's rows because one lacks what the warehouse needs; the message names the
 * row in Chinese ({@code 第 5 行：缺少“备案日期”}) and nothing of the file was written.
 */
public class RowRejectedException extends RuntimeException {

  /** Creates the exception with its Chinese message. */
  public RowRejectedException(String message) {
    super(message);
  }

  /** Returns {@code value} or throws naming the row and the column's label. */
  public static <T> T require(T value, int line, String label) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new RowRejectedException("第 " + line + " 行：缺少“" + label + "”");
    }
    return value;
  }
}
