/**
 * The findings engine: the checks of DOMAIN.md written as SQL rules in {@code sql/findings/}, run
 * over the warehouse after every load and on demand into {@code finding_record}, and the workflow
 * in which the work team explains, corrects or reopens what they found.
 */
package org.doudi.warehouse.findings;
