package org.doudi.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.doudi.dashboard.DoudiApplication;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command on a warehouse another process holds (the running server) says so and exits 1. */
class WarehouseHeldElsewhereTest {

  @TempDir Path home;

  @Test
  void aCommandOnAWarehouseHeldByAnotherProcessSaysSoAndExitsOne() throws Exception {
    // given: another process holds the warehouse file open
    Path warehouse = home.resolve("doudi.duckdb");
    Path holder = home.resolve("Holder.java");
    Files.writeString(
        holder,
        """
        public class Holder {
          public static void main(String[] args) throws Exception {
            try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
              System.out.println("holding");
              System.out.flush();
              Thread.sleep(120_000);
            }
          }
        }
        """);
    String duckdbJar =
        Path.of(DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                duckdbJar,
                holder.toString(),
                warehouse.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("holding");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      CliOutput output =
          new CliOutput(
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              new ByteArrayInputStream(new byte[0]));

      // when
      int status =
          new CommandLine(DoudiApplication.class, output)
              .run("backup", "--out", home.resolve("out").toString(), "--db", warehouse.toString());

      // then
      assertThat(status).isEqualTo(CliCommand.REJECTED);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("正被另一个 doudi 进程使用")
          .contains("进程号 " + other.pid())
          .contains("服务运行时请在网页中操作");
    } finally {
      other.destroy();
      other.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
