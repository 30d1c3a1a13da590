/**
 * The petitions page ({@code /petitions}) for the leading group and the work team: volumes by
 * channel, category, programme and issue, real-name complaints and overdue cases, from the masked
 * {@code petition} view only.
 */
package org.doudi.dashboard.petitions;
