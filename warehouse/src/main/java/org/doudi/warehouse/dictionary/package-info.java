/**
 * The words every module shares: streets and their aliases, the 15 figures of the statistics form
 * with their Chinese labels, reporting periods, and how labels are folded before comparison.
 */
package org.doudi.warehouse.dictionary;
