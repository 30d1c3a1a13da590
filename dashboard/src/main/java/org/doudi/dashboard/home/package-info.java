/** The data status page ({@code /status}): what the warehouse holds, by table and period. */
package org.doudi.dashboard.home;
