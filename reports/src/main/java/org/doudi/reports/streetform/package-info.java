/**
 * One street's filled statistics form (统计表) for a period as a PDF in the attachment's layout: what
 * the street sent, as the bureau's records now hold it.
 */
package org.doudi.reports.streetform;
