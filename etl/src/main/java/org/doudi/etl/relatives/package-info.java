/**
 * The streets' 近亲属备案登记表 as a source of the loading pipeline: the {@code relativesLoadJob} reads
 * each file by the column dictionary and hands its rows, all or nothing, to the registry's writer.
 */
package org.doudi.etl.relatives;
