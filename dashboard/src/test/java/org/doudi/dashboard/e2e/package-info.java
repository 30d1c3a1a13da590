/** End-to-end tests that drive the running application in headless Chromium. */
package org.doudi.dashboard.e2e;
