/**
 * Following the money: the streets' removal lists (清退名单) and the fund platform's disbursement
 * ledger (社会救助资金发放台账), written from parsed rows with people masked and hashed so that a removed
 * recipient links to the payments made after the removal.
 */
package org.doudi.warehouse.money;
