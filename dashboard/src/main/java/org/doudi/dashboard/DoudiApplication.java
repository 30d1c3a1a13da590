package org.doudi.dashboard;

import org.doudi.dashboard.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts doudi: with no command it serves the web UI; with a command (see {@code --help}) it runs
 * that command without a web server and exits.
 */
@SpringBootApplication(scanBasePackages = "org.doudi")
@EnableScheduling
public class DoudiApplication {

  /** Runs the server or a command, as the arguments say. */
  public static void main(String[] args) {
    int status = new CommandLine(DoudiApplication.class).run(args);
    if (status >= 0) {
      System.exit(status);
    }
  }
}
