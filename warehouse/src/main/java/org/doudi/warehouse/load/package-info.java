/**
 * The record of every load (the {@code load_log} table) and the event that tells the rest of the
 * product a load changed the data of some periods.
 */
package org.doudi.warehouse.load;
