package org.doudi.warehouse.gateway;

/** The door a query came through, as recorded in {@code sql_query_log.channel}. */
public enum Channel {
  /** The web console at /sql. */
  CONSOLE,
  /** The {@code sql} command. */
  CLI,
  /** The Avatica JDBC endpoint for desktop tools. */
  JDBC;

  /** Returns the value stored in the log. */
  public String key() {
    return name().toLowerCase();
  }
}
