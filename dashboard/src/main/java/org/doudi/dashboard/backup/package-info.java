/** Operations: the {@code backup} command and the server's nightly backup, kept N deep. */
package org.doudi.dashboard.backup;
