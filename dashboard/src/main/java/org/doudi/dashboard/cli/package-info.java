/**
 * The command line: {@code java -jar doudi.jar COMMAND [OPTIONS]}. The dispatcher reads the
 * arguments, starts Spring without a web server and runs the one {@link
 * org.doudi.dashboard.cli.CliCommand} named; each feature contributes its commands as beans.
 */
package org.doudi.dashboard.cli;
