/**
 * The loaders: Spring Batch jobs that read what streets, the discipline commission and the petition
 * systems send, and write it through the warehouse. Each source has its own package.
 */
package org.doudi.etl;
