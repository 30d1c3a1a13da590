/**
 * The JasperReports plumbing the reports share: templates compiled once from the classpath, the
 * embedded Chinese font, PDF and .xlsx export, and charts drawn in Java.
 */
package org.doudi.reports.internal;
