/**
 * Delivery by email: schedules in plain words, reminders (催报) to streets without a form, and the
 * outbox that sends each mail exactly once through Spring Mail, retrying temporary failures.
 */
package org.doudi.reports.delivery;
