/**
 * A source written as a new source is: this package alone, on top of the pipeline and the sheet
 * reader. It loads a small register (姓名, 关系, 所属街镇, 备案月份 in any order under a title and a 填报单位 line)
 * into a table the test creates, and shows that nothing outside it needs to change.
 */
package org.doudi.etl.roster;
