/**
 * The petition-log loader ({@code petitionLoadJob}): hotline and petition exports (CSV in UTF-8 or
 * GBK, .xlsx) staged as UTF-8 in the warehouse inbox, read, validated, masked and hashed by DuckDB
 * itself (with the pads of {@code warehouse.personal.PersonalDataKeys}, which also seals raw values
 * where configured), and merged into {@code petition_case} by 编号.
 */
package org.doudi.etl.petition;
