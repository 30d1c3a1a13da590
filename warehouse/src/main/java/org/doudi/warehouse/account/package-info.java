/** Accounts and roles, stored in the warehouse; the web layer's security reads them from here. */
package org.doudi.warehouse.account;
