/** Tests of the reports against a real warehouse file filled with SQL fixtures. */
package org.doudi.reports;
