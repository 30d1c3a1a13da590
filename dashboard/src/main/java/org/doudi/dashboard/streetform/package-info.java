/**
 * Street forms in the application: the {@code ingest street-form} and {@code ingest discipline}
 * commands, and the pages under /forms (upload, the street's own forms with their 退回 status, the
 * official blank form, the load history, discipline uploads for the work team).
 */
package org.doudi.dashboard.streetform;
