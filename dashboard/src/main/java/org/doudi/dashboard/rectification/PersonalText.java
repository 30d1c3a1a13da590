package org.doudi.dashboard.rectification;

import org.doudi.warehouse.personal.PersonalDataKeys;

/**
 * Masks the ID numbers and mobile numbers a person may have typed into an item's free text (问题描述,
 * 整改措施, 整改成效), so that no page, JSON or export of the ledger shows one in full.
 */
final class PersonalText {

  private PersonalText() {}

  /** Returns the text with every ID number as 3101**********1234 and mobile as 138****5678. */
  static String mask(String text) {
    return PersonalDataKeys.maskText(text);
  }
}
