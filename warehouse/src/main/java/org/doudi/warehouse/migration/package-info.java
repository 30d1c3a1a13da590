/** Applies the numbered migrations and the views of {@code sql/} at every start. */
package org.doudi.warehouse.migration;
