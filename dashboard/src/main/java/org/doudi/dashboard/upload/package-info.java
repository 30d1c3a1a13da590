/** What every upload goes through before a loader sees it: the per-page size limits. */
package org.doudi.dashboard.upload;
