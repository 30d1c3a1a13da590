/**
 * The answers of charts and pages kept per data version: computed once for every reader who asks
 * the same thing, recomputed after a load ({@code LoadCompleted}), and computed one at a time so
 * that readers never crowd out a running load.
 */
package org.doudi.dashboard.cache;
