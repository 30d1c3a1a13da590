package org.doudi.warehouse.rectification;

/** A change of the problem list that is not allowed, with the reason in Chinese for the person. */
public class RectificationException extends RuntimeException {

  /** Creates the exception with its Chinese message. */
  public RectificationException(String message) {
    super(message);
  }
}
