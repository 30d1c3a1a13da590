package org.doudi.dashboard.rectification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doudi.warehouse.personal.PersonalDataKeys;

/**
 * Masks the ID numbers and mobile numbers a person may have typed into an item's free text (问题描述,
 * 整改措施, 整改成效), so that no page, JSON or export of the ledger shows one in full.
 */
final class PersonalText {

  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
  private static final Pattern MOBILE =
      Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

  private PersonalText() {}

  /** Returns the text with every ID number as 3101**********1234 and mobile as 138****5678. */
  static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher id = ID_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (id.find()) {
      id.appendReplacement(out, Matcher.quoteReplacement(PersonalDataKeys.maskId(id.group(1))));
    }
    id.appendTail(out);
    return MOBILE.matcher(out).replaceAll("$1****$3");
  }
}
