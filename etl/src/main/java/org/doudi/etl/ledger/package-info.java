/**
 * The streets' 问题整改台账 as a source of the loading pipeline: the {@code ledgerLoadJob} reads each
 * file by the column dictionary and hands its rows, all or nothing, to the rectification ledger's
 * writer.
 */
package org.doudi.etl.ledger;
