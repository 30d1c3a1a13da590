/**
 * The campaign's files and registers in the browser: upload pages and blank templates of the five
 * campaign files, the two registers (近亲属备案, 卡折代管) with their forms and audited 查看个人信息, and the
 * streets' 自查自纠工作总结报告. A street account sees and changes its own street only.
 */
package org.doudi.dashboard.campaign;
