/** The {@code export parquet} command: the warehouse's facts for engines beyond one node. */
package org.doudi.dashboard.export;
