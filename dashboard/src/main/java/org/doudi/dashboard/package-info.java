/**
 * The doudi application: the only Spring Boot application of the product. It wires the warehouse,
 * the loaders and the reports, and serves the web UI, REST and the command line.
 */
package org.doudi.dashboard;
