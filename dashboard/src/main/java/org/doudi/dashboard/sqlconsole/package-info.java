/**
 * The SQL console (自助查询) for the work team: the /sql page with editor, schema browser, results,
 * history, saved queries and exports; the {@code sql} command; and the Avatica JDBC endpoint for
 * desktop tools. Every door goes through {@link org.doudi.warehouse.gateway.SqlGateway}.
 */
package org.doudi.dashboard.sqlconsole;
