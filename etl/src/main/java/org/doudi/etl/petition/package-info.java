/**
 * The petition-log loader ({@code petitionLoadJob}): hotline and petition exports (CSV in UTF-8 or
 * GBK, .xlsx) staged as UTF-8 in the warehouse inbox, read, validated, masked and hashed by DuckDB
 * itself, and merged into {@code petition_case} by 编号; plus the personal-data protection (keyed
 * hashing, AES-GCM sealing of raw values where configured).
 */
package org.doudi.etl.petition;
