package org.doudi.warehouse.load;

import java.util.Locale;

/**
 * What a load brought in, by the key {@code load_log.kind} stores. A source of its own declares its
 * kind beside its job ({@code new LoadKind("roster")}); the four below are the product's first.
 *
 * @param key the kind as stored in {@code load_log.kind}: lower case, no spaces
 */
public record LoadKind(String key) {

  /** A street's statistics form (统计表). */
  public static final LoadKind STREET_FORM = new LoadKind("street_form");

  /** Figures reported to discipline inspection (纪委监委报送数据). */
  public static final LoadKind DISCIPLINE = new LoadKind("discipline");

  /** A petition or hotline log (信访/热线台账). */
  public static final LoadKind PETITIONS = new LoadKind("petitions");

  /** The demo data set (演示数据). */
  public static final LoadKind DEMO = new LoadKind("demo");

  /** Checks the key. */
  public LoadKind {
    if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("load kind must be lower-case letters, digits, _: " + key);
    }
  }

  /** Returns the kind of a stored key. */
  public static LoadKind of(String key) {
    return new LoadKind(key.toLowerCase(Locale.ROOT));
  }

  /** Returns the kind's constant-style name ({@code STREET_FORM}), as the enum it once was. */
  public String name() {
    return key.toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name();
  }
}
