/**
 * Managing accounts: the {@code user add} command, the first admin, and the admin's account page.
 */
package org.doudi.dashboard.account;
