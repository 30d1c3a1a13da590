/**
 * Reading sheets, shared by every source: grids from .xlsx/.xls/CSV with the encoding told by
 * itself (UTF-8, GBK, UTF-16 with its mark), cells named in messages ({@code 表1!K7}), header rows
 * found by their labels, and the tables of the 15 figures that forms and discipline figures share.
 */
package org.doudi.etl.sheet;
