/**
 * The reports in the application: the {@code report district} command, the /reports page with
 * downloads and the delivery page, and the administrator's schedules and street contacts.
 */
package org.doudi.dashboard.reports;
