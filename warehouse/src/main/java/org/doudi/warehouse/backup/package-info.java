/**
 * Backups of the instance: a consistent copy of the warehouse file (data, accounts, audit, job
 * history, migration record) that the server can start from as it is.
 */
package org.doudi.warehouse.backup;
