/**
 * Street statistics forms (统计表): reading them as streets really send them (.xlsx, .xls, flat .csv),
 * finding the figures by their labels, the {@code streetFormLoadJob} that loads each file all or
 * nothing with history and idempotence, returning (退回) a form, and the official blank form.
 */
package org.doudi.etl.streetform;
