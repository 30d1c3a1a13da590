/**
 * The reporting calendar: when a period's forms are due and which periods are complete, read from
 * the warehouse's one rule ({@code period_due}, {@code period_status}) by every module.
 */
package org.doudi.warehouse.calendar;
