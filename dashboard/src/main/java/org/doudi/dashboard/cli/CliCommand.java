package org.doudi.dashboard.cli;

/**
 * One command of the command line, contributed as a Spring bean by the feature it belongs to.
 * Status and errors go to {@code err}, data (CSV with a header row) to {@code out}.
 */
public interface CliCommand {

  /** Exit status of a command that did what it was asked. */
  int OK = 0;

  /** Exit status when an input or a query is rejected (nothing of it is kept). */
  int REJECTED = 1;

  /** Exit status of a usage error. */
  int USAGE = 2;

  /** Returns the command's name as typed, one or two words: {@code user add}. */
  String name();

  /** Runs the command; returns its exit status. */
  int run(CliArguments arguments, CliOutput output) throws Exception;
}
