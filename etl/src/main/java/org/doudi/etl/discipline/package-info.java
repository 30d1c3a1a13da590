/**
 * Figures the streets reported to the district discipline inspection commission (报送纪检监察机关数据): the
 * {@code disciplineLoadJob} that loads the commission's table (CSV or .xlsx, one row per street and
 * period) all or nothing, keeping every version.
 */
package org.doudi.etl.discipline;
