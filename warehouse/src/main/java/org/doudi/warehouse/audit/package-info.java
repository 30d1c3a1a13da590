/** The audit log: who did what to accounts, personal data and queries, kept in the warehouse. */
package org.doudi.warehouse.audit;
