/**
 * The reports: the district report and a street's filled form rendered with JasperReports, and
 * their delivery by email on a schedule through an outbox.
 */
package org.doudi.reports;
