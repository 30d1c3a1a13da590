/**
 * The streets' 清退名单 as a source of the loading pipeline: the {@code removalsLoadJob} reads each
 * file by the column dictionary and hands its rows, all or nothing, to the money's writer.
 */
package org.doudi.etl.removals;
