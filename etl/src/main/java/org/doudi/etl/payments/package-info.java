/**
 * The streets' 社会救助资金发放台账 as a source of the loading pipeline: the {@code paymentsLoadJob} reads
 * each file by the column dictionary and hands its rows, all or nothing, to the money's writer.
 */
package org.doudi.etl.payments;
