/**
 * The campaign's registers (近亲属备案, 卡折代管): the parsed rows a loader or a form hands over, and their
 * writer, which masks and hashes the people and updates earlier rows of the same filing or case
 * rather than doubling them.
 */
package org.doudi.warehouse.registry;
