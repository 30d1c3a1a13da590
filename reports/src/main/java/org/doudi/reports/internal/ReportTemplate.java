package org.doudi.reports.internal;

/**
 * The report templates the product ships: the only {@code .jrxml} files it ever compiles. A
 * template's expressions are Java, so none comes from a user, an upload or the warehouse.
 */
public enum ReportTemplate {
  /** The district report's cover and its summary in sentences. */
  DISTRICT_SUMMARY("reports/district-summary.jrxml"),
  /** The district report's statistics table: one row per street and the district total. */
  DISTRICT_TABLE("reports/district-table.jrxml"),
  /** The district report's trend charts. */
  DISTRICT_CHARTS("reports/district-charts.jrxml"),
  /** The district report's 整改情况: each street's problem list, items closed, accepted, overdue. */
  DISTRICT_RECTIFICATION("reports/district-rectification.jrxml"),
  /**
   * The district report's overdue rectification items, by street, the person responsible masked.
   */
  DISTRICT_OVERDUE("reports/district-overdue.jrxml"),
  /** The district report's money section: removal lists vs forms, paid after removal, payments. */
  DISTRICT_MONEY("reports/district-money.jrxml"),
  /** The district report's open findings and late or missing forms, by street. */
  DISTRICT_STATUS("reports/district-status.jrxml"),
  /** One street's filled statistics form in the attachment's layout. */
  STREET_FORM("reports/street-form.jrxml");

  private final String resource;

  ReportTemplate(String resource) {
    this.resource = resource;
  }

  /** Returns the template's classpath location. */
  public String resource() {
    return resource;
  }
}
