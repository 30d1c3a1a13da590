/**
 * The SQL gateway (自助查询): ad-hoc, read-only SQL over the analysis views only, parsed and validated
 * by Calcite and run as the SQL Calcite generates from the validated plan, never as the person's
 * own text; with a timeout that cancels DuckDB, a row cap and an audit row per query.
 */
package org.doudi.warehouse.gateway;
